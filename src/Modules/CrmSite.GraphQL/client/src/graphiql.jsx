import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './page.css';

// Monaco runs its language services in web workers. They are bundled beside this script and loaded from the
// site itself (never from a CDN); the script's own query string (the version the page appended) travels along.
const here = new URL(import.meta.url);
const worker = (name) => new Worker(new URL(`./${name}.worker.js${here.search}`, here), { name });
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'json':
        return worker('json');
      case 'graphql':
        return worker('graphql');
      default:
        return worker('editor');
    }
  },
};

const root = document.getElementById('graphiql');
const { endpoint, antiforgeryHeader, antiforgeryToken } = root.dataset;

// Same-origin POSTs with the sign-in cookie; the antiforgery header lets cookie-authenticated mutations through.
async function fetcher(params, options) {
  const response = await fetch(endpoint, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      ...options?.headers,
      Accept: 'application/graphql-response+json, application/json',
      'Content-Type': 'application/json',
      [antiforgeryHeader]: antiforgeryToken,
    },
    body: JSON.stringify(params),
  });
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    return response.json();
  }
  return { errors: [{ message: `${response.status} ${response.statusText}`.trim() }] };
}

const defaultQuery = `# CrmSite's GraphQL API (${endpoint}). Ctrl-Enter runs the query; the Docs pane shows the schema.
{
  factSheet(first: 5, orderBy: { year: DESC }) {
    displayText
    year
  }
}
`;

createRoot(root).render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />);
