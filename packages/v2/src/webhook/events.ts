import type { UnrecognizedVariant } from "../generated/identity-verification.js";

/**
 * PortOne's V2 webhook bodies (PortOne's webhook guide; the V2 spec describes none of them: its
 * `PaymentWebhook*` schemas are the delivery history). Named as PortOne's server SDK names them.
 */

/** What every `Transaction.*` event carries. */
export interface WebhookTransactionData {
  /** 고객사에서 채번한 결제 건의 고유 주문 번호 (the merchant's payment id). */
  paymentId: string;
  /** 웹훅을 트리거한 상점의 아이디. */
  storeId: string;
  /** 포트원에서 채번한 고유 거래 번호; one payment can have several attempts, each its own. */
  transactionId: string;
}

/** `Transaction.PartialCancelled`, `Transaction.Cancelled` and `Transaction.CancelPending` also name the cancellation. */
export interface WebhookTransactionCancelledData extends WebhookTransactionData {
  /** 포트원에서 채번한 결제건의 취소 고유 번호. */
  cancellationId: string;
}

/** What every `BillingKey.*` event carries. */
export interface WebhookBillingKeyData {
  /** 웹훅을 트리거한 상점의 아이디. */
  storeId: string;
  /** 빌링키. */
  billingKey: string;
}

interface Event<Type extends string, Data> {
  /** 웹훅을 트리거한 이벤트의 타입. */
  type: Type;
  /** When the event happened (RFC 3339); the same on every retry of its delivery. */
  timestamp: string;
  data: Data;
}

/** 결제창이 열렸을 때 */
export type WebhookTransactionReady = Event<"Transaction.Ready", WebhookTransactionData>;
/** 결제가 승인되었을 때 (예약 결제 포함) */
export type WebhookTransactionPaid = Event<"Transaction.Paid", WebhookTransactionData>;
/** 가상계좌가 발급되었을 때 */
export type WebhookTransactionVirtualAccountIssued = Event<
  "Transaction.VirtualAccountIssued",
  WebhookTransactionData
>;
/** 결제가 부분 취소되었을 때 */
export type WebhookTransactionCancelledPartialCancelled = Event<
  "Transaction.PartialCancelled",
  WebhookTransactionCancelledData
>;
/** 결제가 완전 취소되었을 때 */
export type WebhookTransactionCancelledCancelled = Event<
  "Transaction.Cancelled",
  WebhookTransactionCancelledData
>;
/** (결제 취소가 비동기로 수행되는 경우) 결제 취소를 요청했을 때 */
export type WebhookTransactionCancelledCancelPending = Event<
  "Transaction.CancelPending",
  WebhookTransactionCancelledData
>;
/** 결제가 실패했을 때 */
export type WebhookTransactionFailed = Event<"Transaction.Failed", WebhookTransactionData>;
/** 결제 승인 대기 상태가 되었을 때 (해외 결제, e.g. PayPal) */
export type WebhookTransactionPayPending = Event<"Transaction.PayPending", WebhookTransactionData>;
/** 분쟁이 발생되었을 때 */
export type WebhookTransactionDisputeCreated = Event<"Transaction.DisputeCreated", WebhookTransactionData>;
/** 분쟁이 해소되었을 때 */
export type WebhookTransactionDisputeResolved = Event<"Transaction.DisputeResolved", WebhookTransactionData>;
/** 수동 승인 결제의 승인 요청 (in PortOne's SDK; the guide's list omits it) */
export type WebhookTransactionConfirm = Event<"Transaction.Confirm", WebhookTransactionData>;

/** 결제 취소 관련 */
export type WebhookTransactionCancelled =
  | WebhookTransactionCancelledPartialCancelled
  | WebhookTransactionCancelledCancelled
  | WebhookTransactionCancelledCancelPending;

/** 결제 관련 웹훅 */
export type WebhookTransaction =
  | WebhookTransactionReady
  | WebhookTransactionPaid
  | WebhookTransactionVirtualAccountIssued
  | WebhookTransactionCancelled
  | WebhookTransactionFailed
  | WebhookTransactionPayPending
  | WebhookTransactionDisputeCreated
  | WebhookTransactionDisputeResolved
  | WebhookTransactionConfirm;

/** 빌링키 발급창이 열렸을 때 */
export type WebhookBillingKeyReady = Event<"BillingKey.Ready", WebhookBillingKeyData>;
/** 빌링키가 발급되었을 때 */
export type WebhookBillingKeyIssued = Event<"BillingKey.Issued", WebhookBillingKeyData>;
/** 빌링키 발급이 실패했을 때 */
export type WebhookBillingKeyFailed = Event<"BillingKey.Failed", WebhookBillingKeyData>;
/** 빌링키가 삭제되었을 때 */
export type WebhookBillingKeyDeleted = Event<"BillingKey.Deleted", WebhookBillingKeyData>;
/** 빌링키가 업데이트되었을 때 */
export type WebhookBillingKeyUpdated = Event<"BillingKey.Updated", WebhookBillingKeyData>;

/** 빌링키 관련 웹훅 */
export type WebhookBillingKey =
  | WebhookBillingKeyReady
  | WebhookBillingKeyIssued
  | WebhookBillingKeyFailed
  | WebhookBillingKeyDeleted
  | WebhookBillingKeyUpdated;

/**
 * An event of a type this version does not know. PortOne adds types without notice and asks
 * merchants to ignore them: a value to skip, never an exception. `timestamp` and `data.storeId`,
 * which every known event has, stay readable (optional).
 */
export type UnrecognizedWebhook = UnrecognizedVariant<"type", WebhookTransaction | WebhookBillingKey>;

/** The legacy `2024-01-01` body (still selectable in PortOne's console), told apart by having no `type`. */
export interface LegacyWebhook {
  readonly type?: undefined;
  payment_id: string;
  tx_id?: string;
  /** `Ready`, `Paid`, `VirtualAccountIssued`, `PartialCancelled`, `Cancelled`, `Failed`, `PayPending`, `CancelPending`, or one PortOne adds. */
  status:
    | "Ready"
    | "Paid"
    | "VirtualAccountIssued"
    | "PartialCancelled"
    | "Cancelled"
    | "Failed"
    | "PayPending"
    | "CancelPending"
    | (string & {});
}

/** A verified webhook body: an event of the `2024-04-25` format, one this version does not know, or the legacy body. */
export type Webhook = WebhookTransaction | WebhookBillingKey | UnrecognizedWebhook | LegacyWebhook;

/** Every event type this version knows: a key per type, so the compiler fails when one is missing. */
const KNOWN_TYPE_KEYS = {
  "Transaction.Ready": true,
  "Transaction.Paid": true,
  "Transaction.VirtualAccountIssued": true,
  "Transaction.PartialCancelled": true,
  "Transaction.Cancelled": true,
  "Transaction.CancelPending": true,
  "Transaction.Failed": true,
  "Transaction.PayPending": true,
  "Transaction.DisputeCreated": true,
  "Transaction.DisputeResolved": true,
  "Transaction.Confirm": true,
  "BillingKey.Ready": true,
  "BillingKey.Issued": true,
  "BillingKey.Failed": true,
  "BillingKey.Deleted": true,
  "BillingKey.Updated": true,
} as const satisfies Record<(WebhookTransaction | WebhookBillingKey)["type"], true>;
const KNOWN_TYPES: ReadonlySet<string> = new Set(Object.keys(KNOWN_TYPE_KEYS));

/** Whether `webhook` is an event of a type this version does not know (skip it; PortOne says so). */
export function isUnrecognizedWebhook(webhook: Webhook): webhook is UnrecognizedWebhook {
  return typeof webhook.type === "string" && !KNOWN_TYPES.has(webhook.type);
}

/** Whether `webhook` is the legacy `2024-01-01` body. */
export function isLegacyWebhook(webhook: Webhook): webhook is LegacyWebhook {
  return webhook.type === undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The body as a `Webhook`, or undefined when it is neither format (a body PortOne would not send). */
export function webhookOf(body: unknown): Webhook | undefined {
  if (!isObject(body)) return undefined;
  if (typeof body.type === "string")
    return typeof body.timestamp === "string" && isObject(body.data) ? (body as Webhook) : undefined;
  if (body.type === undefined && typeof body.payment_id === "string" && typeof body.status === "string")
    return body as unknown as LegacyWebhook;
  return undefined;
}
