// The product's message, verbatim, as the customer sees it on screen.
export function ErrorMessage({ message, label }: { message: string; label: string }) {
  if (!message) return null;
  return (
    <figure className="rounded-md border-l-4 border-danger bg-card p-4">
      <figcaption className="text-sm font-semibold text-muted">{label}</figcaption>
      <blockquote
        className="mt-1 font-mono text-sm leading-relaxed whitespace-pre-wrap"
        data-testid="error-message"
      >
        {message}
      </blockquote>
    </figure>
  );
}
