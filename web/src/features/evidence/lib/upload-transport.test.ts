import { uploadHttpError } from '@/features/evidence/lib/upload-transport';

describe('uploadHttpError', () => {
  it('reads Storage’s own status code from its error body', () => {
    const error = uploadHttpError(
      400,
      JSON.stringify({
        statusCode: '413',
        error: 'Payload too large',
        message: 'The object exceeded the maximum allowed size',
      }),
    );
    expect(error).toMatchObject({
      status: 400,
      statusCode: '413',
      message: 'The object exceeded the maximum allowed size',
    });
  });

  it('keeps the HTTP status when the body is not Storage’s (a proxy page)', () => {
    expect(uploadHttpError(413, '<html>Request Entity Too Large</html>')).toMatchObject({
      status: 413,
      statusCode: '413',
    });
    expect(uploadHttpError(502, '')).toMatchObject({ status: 502, statusCode: '502' });
  });
});
