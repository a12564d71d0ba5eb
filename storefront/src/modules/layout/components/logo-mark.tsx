/** The Chinook Records mark: a record with a salmon label. Decorative. */
export default function LogoMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15" fill="#0d0c12" stroke="#3a3646" strokeWidth="1" />
      <circle cx="16" cy="16" r="11.5" fill="none" stroke="#2c2936" strokeWidth="1" />
      <circle cx="16" cy="16" r="9" fill="none" stroke="#2c2936" strokeWidth="1" />
      <circle cx="16" cy="16" r="6" fill="#e8604c" />
      <circle cx="16" cy="16" r="1.4" fill="#0d0c12" />
    </svg>
  )
}
