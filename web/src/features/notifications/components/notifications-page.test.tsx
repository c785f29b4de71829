import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

const bell = () => within(screen.getByRole('banner')).getByRole('link', { name: /^การแจ้งเตือน/ });

describe('notifications', () => {
  it('counts a user’s unread reminders in the header and lists them', async () => {
    // staff.registry's measures of the FY 2565 plan (101 due 31 Mar 2022, 114 due 30 Sep 2022) are long overdue:
    // signing in writes one overdue reminder for each.
    const { user } = renderApp({
      client: await stack.signIn('staff.registry@dindaeng.example'),
      route: '/notifications?fy=2565',
    });
    await waitFor(() => expect(bell()).toHaveAccessibleName('การแจ้งเตือน (2 รายการใหม่)'));

    const list = await screen.findByRole('list', { name: 'การแจ้งเตือน' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(list).getByRole('link', { name: 'สำนักงานเขตนำเทคโนโลยีมาใช้ในการปฏิบัติงาน' })).toHaveAttribute(
      'href',
      '/measures/70000000-0000-4000-8000-000000000114?fy=2565',
    );
    expect(within(list).getByText('เกินกำหนดแล้ว (ครบกำหนด 30 ก.ย. 2565)')).toBeInTheDocument();
    expect(within(list).getByText('เกินกำหนดแล้ว (ครบกำหนด 31 มี.ค. 2565)')).toBeInTheDocument();

    // Mark one read: the header count follows.
    await user.click(within(items[0]!).getByRole('button', { name: 'ทำเครื่องหมายว่าอ่านแล้ว' }));
    await waitFor(() => expect(bell()).toHaveAccessibleName('การแจ้งเตือน (1 รายการใหม่)'));
    expect(screen.getByRole('radio', { name: 'ยังไม่อ่าน (1)' })).toBeChecked();

    // Mark all read: nothing new; everything is still under "all", and can be made unread again.
    await user.click(screen.getByRole('button', { name: 'อ่านทั้งหมดแล้ว' }));
    expect(await screen.findByRole('heading', { name: 'ไม่มีการแจ้งเตือนใหม่' })).toBeInTheDocument();
    await waitFor(() => expect(bell()).toHaveAccessibleName('การแจ้งเตือน'));
    await user.click(screen.getByRole('radio', { name: 'ทั้งหมด' }));
    const all = await screen.findByRole('list', { name: 'การแจ้งเตือน' });
    const unreadAgain = within(all).getAllByRole('button', { name: 'ทำเครื่องหมายว่ายังไม่อ่าน' });
    expect(unreadAgain).toHaveLength(2);
    await user.click(unreadAgain[1]!);
    await waitFor(() => expect(bell()).toHaveAccessibleName('การแจ้งเตือน (1 รายการใหม่)'));
  });

  it('tells a head who submitted a measure for their review', async () => {
    // staff.governance submits 108 (in progress, evidence attached) through the API.
    const staff = await stack.signIn('staff.governance@dindaeng.example');
    const measureId = '70000000-0000-4000-8000-000000000108';
    const { data: measure } = await staff.from('measures').select('version').eq('id', measureId).single();
    const submitted = await staff.rpc('submit_measure', { measure_id: measureId, expected_version: measure!.version });
    expect(submitted.error).toBeNull();

    renderApp({ client: await stack.signIn('head.governance@dindaeng.example'), route: '/notifications?fy=2565' });
    const list = await screen.findByRole('list', { name: 'การแจ้งเตือน' });
    const item = within(list).getByText('นางสาวสุดารัตน์ พรหมมา ส่งตรวจแล้ว รอคุณพิจารณา').closest('li')!;
    expect(within(item).getByRole('link')).toHaveTextContent('สร้างช่องทางการร้องเรียนในการส่งหลักฐานหากพบผู้ที่กระทำทุจริต');
  });

  it('shows an empty page to someone with nothing to be told', async () => {
    renderApp({ client: await stack.signIn('director@dindaeng.example'), route: '/notifications?fy=2565' });
    expect(await screen.findByRole('heading', { name: 'ไม่มีการแจ้งเตือนใหม่' })).toBeInTheDocument();
    expect(bell()).toHaveAccessibleName('การแจ้งเตือน');
  });
});
