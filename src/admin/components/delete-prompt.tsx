import { Button, Prompt, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** What is deleted, as the title names it: "the album “Kind of Blue”", "Jane Peacock". */
  label: string
  /** Why the API refused, once it has: the prompt then shows it and offers only "Close". */
  reason: string | null
  /** What deleting does, shown before asking. */
  warning: ReactNode
  isPending: boolean
  onConfirm: () => void
}

/** The ask-first prompt of every delete in our admin pages, which turns into the API's refusal when there is one. */
export const DeletePrompt = ({ open, onOpenChange, label, reason, warning, isPending, onConfirm }: Props) => (
  <Prompt open={open} onOpenChange={onOpenChange} variant={reason ? "confirmation" : "danger"}>
    <Prompt.Content>
      <Prompt.Header>
        <Prompt.Title>{reason ? `Cannot delete ${label}` : `Delete ${label}?`}</Prompt.Title>
        <Prompt.Description asChild>
          {reason ? (
            <Text role="alert" className="text-ui-fg-error">
              {reason}
            </Text>
          ) : (
            <Text>{warning}</Text>
          )}
        </Prompt.Description>
      </Prompt.Header>
      <Prompt.Footer>
        <Prompt.Cancel>{reason ? "Close" : "Cancel"}</Prompt.Cancel>
        {!reason && (
          <Button variant="danger" size="small" isLoading={isPending} onClick={onConfirm}>
            Delete
          </Button>
        )}
      </Prompt.Footer>
    </Prompt.Content>
  </Prompt>
)
