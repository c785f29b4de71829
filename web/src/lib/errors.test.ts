import { AuthApiError, AuthRetryableFetchError } from '@supabase/supabase-js';
import { createI18n } from '@/i18n/i18n';
import { ApiError, AppError, domainHintOf, isRetryableError, RateLimitError, toUserMessage, unwrap } from './errors';

const { t } = createI18n('th');
const pgError = (fields: { code?: string; hint?: string; message?: string; details?: string }, status = 400) =>
  new ApiError({
    message: fields.message ?? 'error',
    status,
    code: fields.code,
    hint: fields.hint,
    details: fields.details,
  });

describe('toUserMessage', () => {
  it.each([
    ['evidence_required', 'กรุณาแนบหลักฐานการดำเนินงานอย่างน้อย 1 รายการก่อนส่งตรวจ'],
    ['reason_required', 'กรุณาระบุเหตุผล'],
    ['transition_not_allowed', 'ไม่สามารถเปลี่ยนสถานะมาตรการจากสถานะปัจจุบันได้ กรุณาโหลดข้อมูลใหม่'],
    ['measure_locked', 'มาตรการนี้ถูกล็อกแล้ว ไม่สามารถแก้ไขได้'],
    ['version_conflict', 'มีผู้อื่นแก้ไขข้อมูลนี้ไปแล้ว กรุณาโหลดข้อมูลล่าสุดแล้วดำเนินการอีกครั้ง'],
    ['assignee_not_in_department', 'ผู้รับผิดชอบต้องเป็นบุคลากรในฝ่ายเดียวกับมาตรการ'],
  ])('explains the database hint %s in Thai', (hint, message) => {
    expect(toUserMessage(pgError({ code: 'P0001', hint, message: 'Some English text' }), t)).toBe(message);
  });

  it('finds a domain key in the message when there is no hint', () => {
    expect(domainHintOf({ message: 'version_conflict: row changed', hint: null })).toBe('version_conflict');
    expect(domainHintOf({ message: 'nothing to see' })).toBeNull();
  });

  it('says permission denied for 42501 and 403', () => {
    expect(toUserMessage(pgError({ code: '42501', hint: 'not_allowed' }, 403), t)).toBe('คุณไม่มีสิทธิ์ดำเนินการนี้');
    expect(toUserMessage(pgError({ code: '' }, 403), t)).toBe('คุณไม่มีสิทธิ์ดำเนินการนี้');
  });

  it('says the network is down for failed requests', () => {
    const network = 'เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ กรุณาตรวจสอบการเชื่อมต่ออินเทอร์เน็ตแล้วลองใหม่อีกครั้ง';
    expect(toUserMessage(new TypeError('Failed to fetch'), t)).toBe(network);
    expect(toUserMessage(pgError({ message: 'TypeError: fetch failed', code: '' }, 0), t)).toBe(network);
    expect(toUserMessage(new AuthRetryableFetchError('fetch failed', 0), t)).toBe(network);
  });

  it('maps sign-in errors from the auth server', () => {
    const auth = (code: string, status = 400) => new AuthApiError('English message', status, code);
    expect(toUserMessage(auth('invalid_credentials'), t)).toBe('อีเมลหรือรหัสผ่านไม่ถูกต้อง');
    expect(toUserMessage(auth('user_banned'), t)).toBe('บัญชีนี้ถูกระงับการใช้งาน กรุณาติดต่อผู้ประสานงาน ITA');
    expect(toUserMessage(auth('email_not_confirmed'), t)).toContain('ยังไม่ได้รับการยืนยัน');
    expect(toUserMessage(auth('over_request_rate_limit', 429), t)).toBe('ส่งคำขอมากเกินไป กรุณารอสักครู่แล้วลองใหม่อีกครั้ง');
    expect(toUserMessage(auth('refresh_token_not_found'), t)).toBe('การเข้าสู่ระบบหมดอายุ กรุณาเข้าสู่ระบบใหม่');
  });

  it('tells how long to wait when the server said', () => {
    expect(toUserMessage(new RateLimitError(45), t)).toBe('เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป กรุณารอ 45 วินาที แล้วลองใหม่อีกครั้ง');
    expect(toUserMessage(new RateLimitError(290), t)).toContain('กรุณารอ 5 นาที');
    expect(toUserMessage(new RateLimitError(null), t)).toBe('ส่งคำขอมากเกินไป กรุณารอสักครู่แล้วลองใหม่อีกครั้ง');
  });

  it('covers app errors, server errors and anything else', () => {
    expect(toUserMessage(new AppError('forbidden'), t)).toBe('คุณไม่มีสิทธิ์ดำเนินการนี้');
    expect(toUserMessage(new AppError('profile_missing'), t)).toContain('ยังไม่มีข้อมูลผู้ใช้งาน');
    expect(toUserMessage(pgError({ code: 'PGRST116' }, 406), t)).toContain('ไม่พบข้อมูล');
    expect(toUserMessage(pgError({ code: 'XX000' }, 503), t)).toBe('ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้งในภายหลัง');
    expect(toUserMessage(new Error('boom'), t)).toBe('เกิดข้อผิดพลาด กรุณาลองใหม่อีกครั้ง');
    expect(toUserMessage('a string', t)).toBe('เกิดข้อผิดพลาด กรุณาลองใหม่อีกครั้ง');
  });

  it('speaks English when the language is English', () => {
    const english = createI18n('en');
    expect(toUserMessage(pgError({ hint: 'evidence_required' }), english.t)).toBe(
      'Please attach at least one piece of evidence before submitting for review.',
    );
  });
});

describe('isRetryableError', () => {
  it('retries network failures and server errors only', () => {
    expect(isRetryableError(new TypeError('fetch failed'))).toBe(true);
    expect(isRetryableError(pgError({}, 503))).toBe(true);
    expect(isRetryableError(pgError({ code: '42501' }, 403))).toBe(false);
    expect(isRetryableError(pgError({ hint: 'version_conflict' }, 409))).toBe(false);
    expect(isRetryableError(new AuthApiError('bad', 400, 'invalid_credentials'))).toBe(false);
    expect(isRetryableError(new DOMException('aborted', 'AbortError'))).toBe(false);
  });
});

describe('unwrap', () => {
  it('returns data or throws an ApiError that keeps the status', () => {
    expect(unwrap({ data: [1], error: null, status: 200 })).toEqual([1]);
    const error = (() => {
      try {
        unwrap({ data: null, error: { message: 'denied', code: '42501', hint: null, details: null }, status: 403 });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, code: '42501', message: 'denied' });
  });
});
