import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidBucketName, isValidKey, objectFile } from './keys';
import { contentDisposition, mimeTypeAllowed, parseFileSize, servedContentType } from './limits';

describe('object keys', () => {
  it('accepts the S3-safe ASCII keys Supabase accepts', () => {
    for (const key of [
      'a.pdf',
      '2f0c4a8e-1b2c-4d5e-8f90-123456789abc/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0.pdf',
      "folder/sub folder/it's (v2) & more!.pdf",
      'a/.emptyFolderPlaceholder',
      'x'.repeat(1024),
    ]) {
      expect(isValidKey(key), key).toBe(true);
    }
  });

  it('refuses non-ASCII (Thai), traversal, absolute, empty segments, control characters and over-long keys', () => {
    for (const key of [
      '',
      'รายงาน.pdf',
      'folder/ไฟล์.pdf',
      'café.pdf',
      '../a.pdf',
      'a/../../b.pdf',
      'a/./b.pdf',
      '..',
      '/etc/passwd',
      'a//b.pdf',
      'a/',
      'a\u0000b',
      'a\nb',
      'a\\b',
      'a#b',
      'a%2Fb',
      'x'.repeat(1025),
    ]) {
      expect(isValidKey(key), JSON.stringify(key)).toBe(false);
    }
  });

  it('validates bucket names (no slash, no dot names, at most 63 characters)', () => {
    expect(isValidBucketName('evidence-files_2568')).toBe(true);
    for (const name of ['', '.', '..', 'a/b', '#tmp', 'ถัง', 'x'.repeat(64)])
      expect(isValidBucketName(name), name).toBe(false);
  });

  it('maps keys inside the bucket folder only', () => {
    const root = path.resolve('/data/storage');
    expect(objectFile(root, 'docs', 'a/b.pdf')).toBe(path.join(root, 'docs', 'a', 'b.pdf'));
    expect(() => objectFile(root, 'docs', '../x')).toThrow();
    expect(() => objectFile(root, '..', 'x')).toThrow();
  });
});

describe('limits and headers', () => {
  it('parses sizes as Supabase does', () => {
    expect(parseFileSize(1024)).toBe(1024);
    expect(parseFileSize('1024')).toBe(1024);
    expect(parseFileSize('50MB')).toBe(50_000_000);
    expect(parseFileSize('1.5kb')).toBe(1500);
    expect(() => parseFileSize('-1')).toThrow();
    expect(() => parseFileSize('lots')).toThrow();
  });

  it("matches allowed MIME types exactly or by 'type/*'", () => {
    const allowed = ['application/pdf', 'image/*'];
    expect(mimeTypeAllowed('application/pdf', allowed)).toBe(true);
    expect(mimeTypeAllowed('image/png', allowed)).toBe(true);
    expect(mimeTypeAllowed('text/plain', allowed)).toBe(false);
    expect(mimeTypeAllowed('application/pdf;charset=utf-8', allowed)).toBe(false);
    expect(mimeTypeAllowed('nonsense', allowed)).toBe(false);
    expect(mimeTypeAllowed('anything/at-all', null)).toBe(true);
    expect(mimeTypeAllowed('anything/at-all', [])).toBe(true);
  });

  it('builds RFC 5987 Content-Disposition values that carry Thai names in ASCII', () => {
    expect(contentDisposition('')).toBe('attachment;');
    expect(contentDisposition('report.pdf')).toBe("attachment; filename=report.pdf; filename*=UTF-8''report.pdf;");
    const thai = contentDisposition("รายงาน (ฉบับที่ 1)'s.pdf");
    expect(thai).toMatch(/^[\x20-\x7e]+$/);
    expect(thai).toBe(
      "attachment; filename=%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%20%28%E0%B8%89%E0%B8%9A%E0%B8%B1%E0%B8%9A%E0%B8%97%E0%B8%B5%E0%B9%88%201%29%27s.pdf; filename*=UTF-8''%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%20%28%E0%B8%89%E0%B8%9A%E0%B8%B1%E0%B8%9A%E0%B8%97%E0%B8%B5%E0%B9%88%201%29%27s.pdf;",
    );
    expect(decodeURIComponent(thai.split("UTF-8''")[1]!.slice(0, -1))).toBe("รายงาน (ฉบับที่ 1)'s.pdf");
  });

  it('never serves HTML as HTML', () => {
    expect(servedContentType('text/html; charset=utf-8')).toBe('text/plain');
    expect(servedContentType(undefined)).toBe('application/octet-stream');
    expect(servedContentType('application/pdf')).toBe('application/pdf');
  });
});
