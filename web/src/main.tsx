import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { supabase } from '@/lib/supabase';

function App() {
  const [email, setEmail] = useState<string | null>(null);
  useEffect(() => {
    void supabase.auth.getSession().then(({ data }) => setEmail(data.session?.user.email ?? null));
  }, []);
  return <main>{email ? `ลงชื่อเข้าใช้แล้ว: ${email}` : 'ITA Action Tracker'}</main>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
