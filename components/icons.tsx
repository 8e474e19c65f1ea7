// Small inline icons (decorative: always paired with text for assistive technology).
export function CopyIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="fill-current">
      <path d="M4 4V1.5A1.5 1.5 0 0 1 5.5 0h8A1.5 1.5 0 0 1 15 1.5v8a1.5 1.5 0 0 1-1.5 1.5H11v2.5A1.5 1.5 0 0 1 9.5 15h-8A1.5 1.5 0 0 1 0 13.5v-8A1.5 1.5 0 0 1 1.5 4zm1.5 0h4A1.5 1.5 0 0 1 11 5.5v4h2.5V1.5h-8zm-4 1.5v8h8v-8z" />
    </svg>
  );
}

export function LinkIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="fill-current">
      <path d="M7.78 3.97 9.5 2.25a3.5 3.5 0 0 1 4.95 4.95l-2.5 2.5a3.5 3.5 0 0 1-4.95 0 .75.75 0 0 1 1.06-1.06 2 2 0 0 0 2.83 0l2.5-2.5a2 2 0 0 0-2.83-2.83L8.84 5.03a.75.75 0 0 1-1.06-1.06m-3.6 3.6a2 2 0 0 0 2.83 0 .75.75 0 0 1 1.06 1.06 3.5 3.5 0 0 1-4.95 0l-.47-.47a3.5 3.5 0 0 1 0-4.95l2.5-2.5a.75.75 0 1 1 1.06 1.06l-2.5 2.5a2 2 0 0 0 0 2.83z" />
    </svg>
  );
}

export function GlobeIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" className="shrink-0 fill-current">
      <path d="M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0M5.78 8.75a9.64 9.64 0 0 0 1.36 4.81q.43.07.86.07t.86-.07a9.64 9.64 0 0 0 1.36-4.81zm5.97 0a11.2 11.2 0 0 1-.96 4.19 6.5 6.5 0 0 0 3.66-4.19zm-9.45 0a6.5 6.5 0 0 0 3.66 4.19 11.2 11.2 0 0 1-.96-4.19zm3.48-1.5h4.44a9.64 9.64 0 0 0-1.36-4.81 5.5 5.5 0 0 0-1.72 0 9.64 9.64 0 0 0-1.36 4.81m6.05 0h2.7a6.5 6.5 0 0 0-3.66-4.19 11.2 11.2 0 0 1 .96 4.19m-9.53 0h2.7c.04-1.44.36-2.86.96-4.19A6.5 6.5 0 0 0 2.3 7.25" />
    </svg>
  );
}

export function ChevronDownIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" className="shrink-0 fill-current">
      <path d="M12.78 5.22a.75.75 0 0 1 0 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L3.22 6.28a.75.75 0 0 1 1.06-1.06L8 8.94l3.72-3.72a.75.75 0 0 1 1.06 0" />
    </svg>
  );
}
