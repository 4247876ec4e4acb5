export { enqueueMessage, isMailableAddress, maxAttachmentBytes, maxAttachments, type OutboxMessageInput } from './enqueue-message.js';
export { drainOutbox, maxAttempts, type DrainOptions, type DrainResult } from './drain-outbox.js';
export { startOutboxWorker, type OutboxJob, type OutboxWorker } from './start-outbox-worker.js';
export { createFileTransport } from './file-transport.js';
export { createSmtpTransport, type SmtpTransportOptions } from './smtp-transport.js';
export { renderEmail } from './render-email.js';
export { failureCode, TransportError, type OutboxTransport, type OutgoingAttachment, type OutgoingEmail } from './outbox-transport.js';
export { outboxErrors } from './outbox.errors.js';
