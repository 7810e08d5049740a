export function DividerBlock() {
  return <hr className="divider" />;
}
