import { Button, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { DeletePrompt } from "../../components/delete-prompt"
import { sdk } from "../sdk"
import { errorMessage } from "./format"

/**
 * "Delete" on an employee's page: asks first (their staff login goes with
 * them), and when the API refuses (customers or reports still theirs) shows
 * its reason, which says how many and what to do, instead of deleting.
 */
export const DeleteEmployeeButton = ({ employee }: { employee: { id: string; name: string; email: string } }) => {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState<string | null>(null)
  const remove = useMutation({
    mutationFn: () => sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/employees/${employee.id}`, { method: "DELETE" }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ["employees"] })
      queryClient.removeQueries({ queryKey: ["employee", employee.id] })
      toast.success(`Deleted ${employee.name}`)
      setOpen(false)
      navigate("/employees")
    },
    onError: (e) => setReason(errorMessage(e)),
  })
  return (
    <>
      <Button size="small" variant="danger" onClick={() => { setReason(null); setOpen(true) }}>
        Delete
      </Button>
      <DeletePrompt
        open={open}
        onOpenChange={setOpen}
        label={employee.name}
        reason={reason}
        warning={`Their staff login (${employee.email}) stops working, and their open support requests go back to the queue. This cannot be undone.`}
        isPending={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
    </>
  )
}
