// Client components get only the namespaces they use: the whole catalog would travel in every page's payload
// (tens of kilobytes of JSON), though server components translate everything else before it leaves the server.
// A unit test (tests/unit/client-messages.test.ts) fails when a client component uses a namespace missing here.
export const CLIENT_NAMESPACES = ["errors", "done", "account", "login", "suggest", "source", "stations", "detail", "calendar"] as const;

type Tree = { [key: string]: Tree | string };

export function clientMessages(all: Tree): Tree {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in all).map((ns) => [ns, all[ns]!]));
}
