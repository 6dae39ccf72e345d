/** What each journal entry is called in a case's history (办理日志), for people. */
export const EVENT_LABELS: Record<string, string> = {
  CASE_OPENED: '开立案件',
  SUBMIT: '提交申请',
  WITHDRAW: '撤回',
  GROUP_REVIEW_RECORDED: '村民小组评议',
  APPRAISAL_RECORDED: '村民代表大会民主评议',
  VERIFICATION_RECORDED: '入户核实',
  EXIT_VERIFICATION_RECORDED: '退出核实',
  HOME_CHECK_RECORDED: '入户核查',
  CROSS_CHECK_RECORDED: '信息比对',
  HOUSEHOLD_ACKNOWLEDGED: '农户签字认可',
  HOUSEHOLD_REFUSED: '农户不认可',
  PUBLICITY_OPENED: '发布公示',
  PUBLICITY_WINDOW_ENDED: '公示期满',
  PUBLICITY_CANCELLED: '撤销公示',
  OBJECTION_FILED: '登记异议',
  OBJECTION_RESOLVED: '异议调查结论',
  APPEAL_FILED: '登记复核申请',
  APPEAL_ANSWERED: '复核答复',
  TOWNSHIP_DECIDED: '乡镇审核',
  COUNTY_DECIDED: '县级审定',
  LIMIT_REMINDER: '时限提醒',
  LIMIT_OVERDUE: '逾期督办',
};

export const ROLE_LABELS: Record<string, string> = { village: '村级', township: '乡镇', county: '县级', system: '系统', resident: '群众', admin: '管理员' };
