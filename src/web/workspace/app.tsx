import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiError } from './api/client.js';
import { SessionProvider } from './session.js';
import { Layout } from './shell/Layout.js';
import { LoginPage } from './shell/LoginPage.js';
import { NotFoundPage } from './shell/NotFoundPage.js';
import { areaRoutes } from './shell/registry.js';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Do not hammer the API with retries of answers that will not change.
      retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const router = createBrowserRouter(
  [
    {
      element: <Layout />,
      children: [{ path: '/pieteikties', element: <LoginPage /> }, ...areaRoutes, { path: '*', element: <NotFoundPage /> }],
    },
  ],
  { basename: '/darbvieta' },
);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>
  );
}
