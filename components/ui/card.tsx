import type { ReactNode } from "react";

export function Card({
  title,
  children,
  headingLevel = 2,
}: {
  title?: string;
  children: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="rounded-lg border border-line bg-white p-4 shadow-sm sm:p-5">
      {title && <Heading className="mb-3 text-lg font-semibold">{title}</Heading>}
      {children}
    </section>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-md bg-paper px-3 py-4 text-center text-muted">{children}</p>;
}

export function PageHeader({ title, intro }: { title: string; intro?: string }) {
  return (
    <header className="mb-5">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
      {intro && <p className="mt-1 text-muted">{intro}</p>}
    </header>
  );
}
