/** The words the console shows for codes the API answers with. */
export const ROLE_LABELS: Record<string, string> = { admin: '系统管理员', village: '村级', township: '乡镇', county: '县级', resident: '群众', system: '系统' };

export const DECISION_LABELS: Record<string, string> = { approve: '通过', return: '退回补正', reject: '不通过' };
