import en from './en.json';
import { createI18n, LANGUAGE_STORAGE_KEY, storedLanguage } from './i18n';
import th from './th.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const thai = flatten(th);
  const english = flatten(en);

  it('have the same keys in Thai and English', () => {
    expect([...english.keys()].sort()).toEqual([...thai.keys()].sort());
  });

  it('have no empty messages', () => {
    for (const [key, text] of [...thai, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same interpolation variables in both languages', () => {
    for (const [key, text] of thai) expect(variables(english.get(key) ?? ''), key).toEqual(variables(text));
  });

  it('name the roles and statuses in the official Thai register', () => {
    expect(th.roles).toEqual({
      admin: 'ผู้ประสานงาน ITA',
      director: 'ผู้อำนวยการเขต',
      head: 'หัวหน้าฝ่าย',
      staff: 'เจ้าหน้าที่',
    });
    expect(th.measureStatus).toEqual({
      not_started: 'ยังไม่เริ่ม',
      in_progress: 'กำลังดำเนินการ',
      submitted: 'ส่งตรวจแล้ว',
      returned: 'ส่งกลับแก้ไข',
      approved: 'อนุมัติแล้ว',
      cancelled: 'ยกเลิก',
    });
  });
});

describe('createI18n', () => {
  it('starts in Thai and sets <html lang>', () => {
    const i18n = createI18n();
    expect(i18n.language).toBe('th');
    expect(document.documentElement.lang).toBe('th');
    expect(i18n.t('auth.signIn')).toBe('เข้าสู่ระบบ');
  });

  it('remembers a language change and updates <html lang>', async () => {
    const i18n = createI18n('th');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(storedLanguage()).toBe('en');
    expect(createI18n().t('auth.signIn')).toBe('Sign in');
  });

  it('ignores an unknown stored language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(storedLanguage()).toBe('th');
  });
});
