import type { ReactNode } from "react"
import { readStoreConfig } from "@lib/config"
import SetupNotice from "@modules/common/components/setup-notice"

export default function AuthLayout({ children }: { children: ReactNode }) {
  return readStoreConfig() ? children : <SetupNotice />
}
