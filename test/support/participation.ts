import { SUM_ANSWER } from './agent.ts';

/**
 * A complete, valid form (the token, and the answer to the sum asked of readers without script,
 * come from the last page the agent saw).
 */
export function validForm(extra: Record<string, string> = {}): Record<string, string> {
  return {
    kind: 'hoi-dap',
    name: 'Nguyễn Văn An',
    email: 'an.nguyen@example.vn',
    phone: '',
    address: 'Bản Nậm Pố, xã Mường Nhé',
    unitId: '',
    subject: 'Thủ tục chuyển sinh hoạt đảng',
    body: 'Tôi chuyển công tác về xã.\nThủ tục chuyển sinh hoạt đảng gồm những gì?',
    consentReply: 'on',
    consentPublish: 'on',
    website: '',
    'kiem-tra': SUM_ANSWER,
    ...extra,
  };
}
