// One look for every button and button-like link.
const base =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2.5 text-base font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60 min-h-11";

export const buttonStyles = {
  primary: `${base} bg-brand-600 text-white hover:bg-brand-700`,
  secondary: `${base} border border-line bg-white text-ink hover:bg-brand-50`,
  quiet: `${base} text-brand-700 underline-offset-4 hover:underline`,
} as const;
