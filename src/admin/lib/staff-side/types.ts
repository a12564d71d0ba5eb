/** The shapes our staff-side admin routes answer with (src/api/admin/employees, support-requests, music/customers). */

export type Money = { currency_code: string; orders: number; lines: number; gross: number; net: number }

export type EmployeeRow = {
  id: string
  chinook_id: number | null
  name: string
  first_name: string
  last_name: string
  title: string | null
  email: string
  reports_to: string | null
  city: string | null
  country: string | null
  customer_count: number
  user_id: string | null
  sales: (Money & { customers: number })[]
}

export type EmployeeDetail = EmployeeRow & {
  birth_date: string | null
  hire_date: string | null
  address: string | null
  state: string | null
  postal_code: string | null
  phone: string | null
  fax: string | null
  manager: { id: string; name: string; title: string | null } | null
  reports: { id: string; name: string; title: string | null }[]
  login: {
    user: { id: string; email: string } | null
    linked: boolean
    invite: { id: string; expires_at: string; expired: boolean } | null
  }
}

export type { SupportStatus } from "../../../types/store-api/support"
export type {
  AdminSupportReplyView as SupportReply,
  AdminSupportRequestSummary as SupportRequestRow,
  AdminSupportRequestView as SupportRequestDetail,
} from "../../../types/store-api/support"
