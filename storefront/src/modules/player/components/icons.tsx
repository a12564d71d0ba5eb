// Player icons: decorative, the buttons carry the names.
type Props = { size?: number }

const svg = (size: number, children: React.ReactNode) => (
  <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor">
    {children}
  </svg>
)

export const PlayIcon = ({ size = 20 }: Props) => svg(size, <path d="M8 5.14v13.72a1 1 0 0 0 1.52.85l11-6.86a1 1 0 0 0 0-1.7l-11-6.86A1 1 0 0 0 8 5.14Z" />)
export const PauseIcon = ({ size = 20 }: Props) =>
  svg(
    size,
    <>
      <rect x="6" y="4.5" width="4" height="15" rx="1" />
      <rect x="14" y="4.5" width="4" height="15" rx="1" />
    </>
  )
export const NextIcon = ({ size = 20 }: Props) =>
  svg(
    size,
    <>
      <path d="M5 6.1v11.8a1 1 0 0 0 1.55.83l8.6-5.9a1 1 0 0 0 0-1.66l-8.6-5.9A1 1 0 0 0 5 6.1Z" />
      <rect x="16.5" y="5" width="2.5" height="14" rx="1" />
    </>
  )
export const PreviousIcon = ({ size = 20 }: Props) =>
  svg(
    size,
    <>
      <path d="M19 6.1v11.8a1 1 0 0 1-1.55.83l-8.6-5.9a1 1 0 0 1 0-1.66l8.6-5.9A1 1 0 0 1 19 6.1Z" />
      <rect x="5" y="5" width="2.5" height="14" rx="1" />
    </>
  )
export const CloseIcon = ({ size = 20 }: Props) =>
  svg(size, <path d="M6.7 5.3 12 10.6l5.3-5.3 1.4 1.4-5.3 5.3 5.3 5.3-1.4 1.4-5.3-5.3-5.3 5.3-1.4-1.4 5.3-5.3-5.3-5.3 1.4-1.4Z" />)
