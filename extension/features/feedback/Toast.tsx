/** The status line showing the latest feedback message (announced politely to screen readers). */
export function Toast({ message }: { message: string }) {
  return (
    <p class="toast" role="status" aria-live="polite">
      {message}
    </p>
  );
}
