// The floor of the mandated stack: react, react-dom, a react-router data router with two routes
// and a loader, react-query with a query read through useSuspenseQuery. Built like the app, it
// says how many bytes any app on this stack must ship, so Lede's budget is a measured ratio.
import {
  QueryClient,
  QueryClientProvider,
  queryOptions,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, Outlet, RouterProvider, useParams } from 'react-router';

const queryClient = new QueryClient();
const itemOptions = (id: string) =>
  queryOptions({
    queryKey: ['item', id],
    queryFn: async () => (await fetch(`/data/${id}.json`)).json() as Promise<{ title: string }>,
  });

function Layout() {
  return (
    <main>
      <Link to="/">Home</Link>
      <Outlet />
    </main>
  );
}

function Home() {
  return <h1>Home</h1>;
}

function Item() {
  const { id = '' } = useParams();
  const { data } = useSuspenseQuery(itemOptions(id));
  return <h1>{data.title}</h1>;
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <Home /> },
      {
        path: '/articles/:id',
        loader: ({ params }) => queryClient.ensureQueryData(itemOptions(params.id ?? '')),
        element: <Item />,
      },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
