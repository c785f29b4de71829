import { canAccess, homePathFor, safeRedirectPath } from './paths';

describe('paths', () => {
  it('sends each role to its home page', () => {
    expect(homePathFor('staff')).toBe('/my-work');
    expect(homePathFor('head')).toBe('/my-work');
    expect(homePathFor('director')).toBe('/dashboard');
    expect(homePathFor('admin')).toBe('/admin');
  });

  it('gives the review queue to heads and administration to the ITA coordinator', () => {
    expect(canAccess('head', 'review')).toBe(true);
    expect(canAccess('staff', 'review')).toBe(false);
    expect(canAccess('admin', 'adminUsers')).toBe(true);
    expect(canAccess('director', 'adminUsers')).toBe(false);
    expect(canAccess('staff', 'plan')).toBe(true);
  });

  it('only returns to same-origin paths after sign-in', () => {
    expect(safeRedirectPath('/measures/abc?fy=2565')).toBe('/measures/abc?fy=2565');
    expect(safeRedirectPath('https://evil.example/')).toBeNull();
    expect(safeRedirectPath('//evil.example/')).toBeNull();
    expect(safeRedirectPath('/\\evil.example')).toBeNull();
    expect(safeRedirectPath('/login?redirect=/x')).toBeNull();
    expect(safeRedirectPath(undefined)).toBeNull();
  });
});
