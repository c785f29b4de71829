import * as z from 'zod/mini';
import { validateLoginForm } from '@/features/auth/schemas/login-schema';

describe('validateLoginForm', () => {
  it('asks for both fields', () => {
    expect(validateLoginForm({ email: '  ', password: '' })).toEqual({
      success: false,
      errors: { email: 'validation.required', password: 'validation.required' },
    });
  });

  it('refuses a malformed address and trims a good one (the password stays as typed)', () => {
    expect(validateLoginForm({ email: 'not-an-email', password: 'x' })).toEqual({
      success: false,
      errors: { email: 'validation.email' },
    });
    expect(validateLoginForm({ email: ' director@dindaeng.example ', password: ' pw ' })).toEqual({
      success: true,
      data: { email: 'director@dindaeng.example', password: ' pw ' },
    });
  });

  it('accepts exactly the addresses zod accepts', () => {
    const schema = z.email();
    for (const email of [
      'a@b.co',
      'first.last@dindaeng.example',
      "o'neil+tag@sub.domain.go.th",
      '.dot@x.com',
      'dot.@x.com',
      'two..dots@x.com',
      'a@b',
      'a@b.c',
      'a@-b.com',
      'a b@c.com',
      'ไทย@example.com',
      'a@ตัวอย่าง.ไทย',
      'user@localhost',
      '@x.com',
      'x@',
    ]) {
      expect(validateLoginForm({ email, password: 'x' }).success, email).toBe(schema.safeParse(email).success);
    }
  });
});
