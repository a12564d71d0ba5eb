import localFont from "next/font/local"

// Inter from the @fontsource-variable/inter package: next/font/google would
// download it at build time, which fails without internet access.
export const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter",
})
