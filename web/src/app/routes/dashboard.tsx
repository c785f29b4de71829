import { getRouteApi } from '@tanstack/react-router';
import { DashboardPage } from '@/features/dashboard/components/dashboard-page';

const route = getRouteApi('/authenticated/dashboard');

/** /dashboard?asOf=yyyy-mm-dd: the date the figures are computed at (default: today in Bangkok). */
export function DashboardRoute() {
  const { asOf } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <DashboardPage
      asOf={asOf}
      onAsOfChange={(value) => void navigate({ search: (prev) => ({ ...prev, asOf: value }), replace: true })}
    />
  );
}
