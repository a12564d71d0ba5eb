import { Button, Drawer, Input, Label, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import type { EmployeeDetail, EmployeeRow } from "./types"

export type EmployeeFormValues = {
  first_name: string
  last_name: string
  email: string
  title: string
  reports_to: string | null
  phone: string
  city: string
  country: string
  hire_date: string
}

const NONE = "none"

const initial = (e?: EmployeeDetail): EmployeeFormValues => ({
  first_name: e?.first_name ?? "",
  last_name: e?.last_name ?? "",
  email: e?.email ?? "",
  title: e?.title ?? "",
  reports_to: e?.reports_to ?? null,
  phone: e?.phone ?? "",
  city: e?.city ?? "",
  country: e?.country ?? "",
  hire_date: e?.hire_date ? e.hire_date.slice(0, 10) : "",
})

/** Everyone below `id` in the hierarchy (and `id`): not a possible manager for it. */
function subtree(employees: EmployeeRow[], id?: string) {
  const below = new Set<string>(id ? [id] : [])
  let grew = true
  while (grew) {
    grew = false
    for (const e of employees) {
      if (e.reports_to && below.has(e.reports_to) && !below.has(e.id)) {
        below.add(e.id)
        grew = true
      }
    }
  }
  return below
}

/**
 * The employee form in a drawer, for creating or editing. The server checks
 * everything again (a unique address, no reports-to loop) and its message,
 * which names the field, is shown as is.
 */
export function EmployeeFormDrawer({
  open,
  onOpenChange,
  employee,
  employees,
  onSubmit,
  submitting,
  error,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  employee?: EmployeeDetail
  employees: EmployeeRow[]
  onSubmit: (values: Record<string, unknown>) => void
  submitting: boolean
  error: string | null
}) {
  const [values, setValues] = useState<EmployeeFormValues>(() => initial(employee))
  const set = (k: keyof EmployeeFormValues) => (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [k]: e.target.value })
  const excluded = subtree(employees, employee?.id)
  const managers = employees.filter((e) => !excluded.has(e.id))

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    onSubmit({
      first_name: values.first_name,
      last_name: values.last_name,
      email: values.email,
      title: values.title,
      reports_to: values.reports_to,
      phone: values.phone,
      city: values.city,
      country: values.country,
      hire_date: values.hire_date || null,
    })
  }

  const field = (k: keyof EmployeeFormValues, label: string, props: Omit<React.InputHTMLAttributes<HTMLInputElement>, "size"> = {}) => (
    <div className="flex flex-col gap-1">
      <Label htmlFor={`employee-${k}`} size="small" weight="plus">{label}</Label>
      <Input id={`employee-${k}`} value={(values[k] as string) ?? ""} onChange={set(k)} {...props} />
    </div>
  )

  return (
    <Drawer open={open} onOpenChange={(o) => { if (o) setValues(initial(employee)); onOpenChange(o) }}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>{employee ? `Edit ${employee.name}` : "New employee"}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
            <div className="grid grid-cols-2 gap-4">
              {field("first_name", "First name", { maxLength: 100, autoComplete: "off" })}
              {field("last_name", "Last name", { maxLength: 100, autoComplete: "off" })}
            </div>
            {field("email", "Email", { type: "email", autoComplete: "off" })}
            {field("title", "Title")}
            <div className="flex flex-col gap-1">
              <Label htmlFor="employee-reports-to" size="small" weight="plus">Reports to</Label>
              <Select value={values.reports_to ?? NONE} onValueChange={(v) => setValues({ ...values, reports_to: v === NONE ? null : v })}>
                <Select.Trigger id="employee-reports-to" aria-label="Reports to">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={NONE}>Nobody (top of the hierarchy)</Select.Item>
                  {managers.map((m) => (
                    <Select.Item key={m.id} value={m.id}>
                      {m.name}
                      {m.title ? ` · ${m.title}` : ""}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="grid grid-cols-2 gap-4">
              {field("phone", "Phone")}
              {field("hire_date", "Hire date", { type: "date" })}
              {field("city", "City")}
              {field("country", "Country")}
            </div>
            {error && (
              <Text size="small" className="text-ui-fg-error" role="alert">
                {error}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" size="small" type="button">Cancel</Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={submitting}>
              {employee ? "Save" : "Create"}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
