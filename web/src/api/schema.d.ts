// Generated from the OpenAPI document by `npm run api:types`; do not edit.
export interface paths {
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号列表 (按用户名分页，返回 items、total 与 nextCursor) */
        get: operations["AccountsController_list"];
        put?: never;
        /** 创建工作人员账号 (角色与管辖区划) */
        post: operations["AccountsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccountsController_get"];
        put?: never;
        post?: never;
        /** 删除账号 (保留审计记录) */
        delete: operations["AccountsController_remove"];
        options?: never;
        head?: never;
        /** 修改账号：姓名、密码、停用 */
        patch: operations["AccountsController_update"];
        trace?: never;
    };
    "/audit/journal/anchor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即写入一次库外签名检查点 (平时由后台按时写入) */
        post: operations["JournalController_anchor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/journal/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验办理日志哈希链及库外签名检查点 (县级: 本县案件；管理员: 全部)，列出每个被篡改的案件及记录 */
        get: operations["JournalController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 工作人员登录，返回访问令牌 (Bearer) */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某年的节假日与调休上班日 (管理员录入的，或内置数据) */
        get: operations["CalendarController_get"];
        /** 录入国务院公布的某年节假日安排 (覆盖内置数据) */
        put: operations["CalendarController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件列表 (区划、程序、阶段、待本级办理) */
        get: operations["CasesController_list"];
        put?: never;
        /** 受理农户申请，开立案件 (冻结本县现行政策版本) */
        post: operations["CasesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件详情：阶段、农户概况、政策版本、未处理异议、当前可办理的操作；ETag 为案件版本 */
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 拟退出户认可 (签字) */
        post: operations["ExitsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/county-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 县级复审 / 县级确认 / 错退审定：通过、退回乡镇、不通过 */
        post: operations["CasesController_countyDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/cross-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 信息比对结果 (每条线索须经入户核实确认或排除) */
        post: operations["VerificationsController_crossCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/dossier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件卷宗：农户概况、申请、每次评议及本户表决、每次核实及其事实、比对线索、公示及公示期、异议及结论、审核意见、时限、办理日志 */
        get: operations["DossiersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/dossier/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印案件卷宗 (PDF，A4，中文) */
        get: operations["DossiersController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/exit-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出核实：收入高于当年贫困线，两不愁三保障全部达标 */
        post: operations["VerificationsController_verifyExit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办理日志 (只增不改，哈希链) */
        get: operations["CasesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/home-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 入户核查 (纳入监测、风险消除、风险消除回退) */
        post: operations["VerificationsController_homeCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记公示期间的异议或复核申请 */
        post: operations["PublicityController_fileObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 农户不认可退出：重新核实或终止退出 */
        post: operations["ExitsController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交申请，进入村民小组评议 */
        post: operations["CasesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/township-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 乡镇审核：通过、退回补正、不通过 */
        post: operations["CasesController_townshipDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 入户核实记录 (贫困户识别)：按收入、两不愁三保障和排除情形判定是否符合条件 */
        post: operations["VerificationsController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回 (识别: 农户在县级复审决定前撤回申请; 监测: 村里在民主评议前撤销) */
        post: operations["CasesController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/county-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 县级复审 / 确认一批案件：逐项办理，各自成功或返回该项的错误及序号 (items[i])，互不影响 */
        post: operations["CasesController_countyDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/township-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 乡镇审核一批案件 (如一次通过一个村的名单、退回其中一户)：逐项办理，各自成功或返回该项的错误及序号 (items[i])，互不影响 */
        post: operations["CasesController_townshipDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/counties/{countyId}/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本县现行政策设置 (版本 0 为国家默认) */
        get: operations["PoliciesController_current"];
        /** 发布新版本政策设置；已开始的案件沿用其开始时的版本 */
        put: operations["PoliciesController_publish"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exit-targets/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 脱贫目标与实际退出户数对比 */
        get: operations["ExitsController_report"];
        /** 年初制定各乡镇脱贫目标 */
        put: operations["ExitsController_setTargets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-up-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 脱贫户回头看任务 (due=true: 已到期未回访) */
        get: operations["FollowUpsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-up-visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记回访结果；发现返贫风险时自动启动防返贫监测 */
        post: operations["FollowUpsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PostgreSQL 与 Redis 的连通状态；任一不可用时返回 503 */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 进程存活 (不访问数据库或 Redis) */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 农户列表 (筛选，按游标分页) */
        get: operations["HouseholdsController_list"];
        put?: never;
        /** 登记农户及家庭成员 */
        post: operations["HouseholdsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 农户详情 (含家庭成员) */
        get: operations["HouseholdsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改农户信息 (收入、两不愁三保障、属性、所在村民小组) */
        patch: operations["HouseholdsController_update"];
        trace?: never;
    };
    "/households/{id}/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 更换户主 */
        post: operations["HouseholdsController_changeHead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 农户信息变更记录 */
        get: operations["HouseholdsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{id}/income-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 监测回访：登记家庭人均纯收入 */
        post: operations["MonitoringController_addIncomeCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为监测对象制定帮扶措施 */
        post: operations["MonitoringController_addMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 添加家庭成员 */
        post: operations["HouseholdsController_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{id}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 移除家庭成员 (户主除外) */
        delete: operations["HouseholdsController_removeMember"];
        options?: never;
        head?: never;
        /** 修改家庭成员 */
        patch: operations["HouseholdsController_updateMember"];
        trace?: never;
    };
    "/households/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一户一策：帮扶措施及收入核查记录 */
        get: operations["MonitoringController_plan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前登录的账号 */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的站内通知 (新的在前) */
        get: operations["InboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记为已读 */
        post: operations["InboxController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全部标记为已读 */
        post: operations["InboxController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 更新帮扶措施进度 (已落实须填日期) */
        patch: operations["MonitoringController_updateMeasure"];
        trace?: never;
    };
    "/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会议列表 (新的在前)：按区划 (含村民小组)、会议类别、日期范围筛选，返回 items、total 与 nextCursor */
        get: operations["MeetingsController_list"];
        put?: never;
        /** 记录村民小组评议或村民代表大会民主评议，一次处理多户；任何一户不符合则全部不处理 */
        post: operations["MeetingsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会议记录及各户表决结果 */
        get: operations["MeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 异议与复核申请列表 (新的在前)：按状态、类别、公示、案件、区划筛选 */
        get: operations["PublicityController_objections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objections/{id}/finding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录异议调查结论或复核答复 */
        post: operations["PublicityController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publicity-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示列表 (新的在前)：按区划、程序、阶段、状态 (公示中/已期满/已撤销)、截止日期筛选，返回 items、total 与 nextCursor */
        get: operations["PublicityController_notices"];
        put?: never;
        /** 发布公示 (一村、一个阶段、多户、一个公示期)；任何一户不符合则全部不发布 */
        post: operations["PublicityController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publicity-notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicityController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publicity-notices/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销公示 (唯一的提前结束方式)：案件退回待公示，理由记入办理日志 */
        post: operations["PublicityController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publicity-notices/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公示期满：无未处理异议的案件进入下一阶段 (期满前调用将被拒绝；重复调用无副作用) */
        post: operations["PublicityController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publicity-notices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印公示 (PDF，A4，中文)；户主姓名按本县政策显示全名或遮蔽 */
        get: operations["PublicityController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publicity-notices/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 多个公示一并办理期满：逐个办理，未到期的返回该项的错误及序号，不影响其他 */
        post: operations["PublicityController_endMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区划列表：按统计用区划代码 (code)，或某区划的下级 (parentId)；都不带时返回本账号的管辖区划。返回 items 与 total */
        get: operations["RegionsController_list"];
        put?: never;
        /** 新建区划 (县、乡镇、村、村民小组) */
        post: operations["RegionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区划及其下级 */
        get: operations["RegionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改区划名称 */
        patch: operations["RegionsController_rename"];
        trace?: never;
    };
    "/regions/{id}/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区划及其全部下级 (嵌套)，如一个县直到村民小组：区划选择器所需 */
        get: operations["RegionsController_tree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入区划树 (JSON 树，或 text/csv: code,name,group_number)；已有代码只更新名称；有任何错误则全部不导入 */
        post: operations["RegionsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本县的回调地址 */
        get: operations["WebhooksController_list"];
        put?: never;
        /** 登记回调地址；返回的 secret 仅显示这一次，用于校验 X-Jingzhun-Signature */
        post: operations["WebhooksController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 停用回调地址 */
        delete: operations["WebhooksController_deactivate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 多次重试仍失败的回调 (死信) */
        get: operations["WebhooksController_deadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountRegionView: {
            /** @example 450123100201 */
            code: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "county" | "township" | "village" | "group";
            /** @example 青山村 */
            name: string;
        };
        AccountView: {
            /** Format: date-time */
            createdAt: string;
            disabled: boolean;
            /** @example 青山村村委会 李文书 */
            displayName: string;
            /** Format: uuid */
            id: string;
            region: components["schemas"]["AccountRegionView"] | null;
            /**
             * Format: uuid
             * @description 管辖区划；管理员为 null
             */
            regionId: string | null;
            /** @enum {string} */
            role: "admin" | "county" | "township" | "village";
            username: string;
        };
        AcknowledgementDto: {
            /** @description 签字人 (户主或家庭成员) */
            signatory: string;
            /** @example 2026-03-01 */
            signedOn: string;
        };
        ActionField: {
            /** @example 理由 */
            description: string | null;
            /** @example reason */
            name: string;
            required: boolean;
        };
        AllowedAction: {
            /** @example TOWNSHIP_APPROVE */
            event: string;
            fields: components["schemas"]["ActionField"][];
            /** @example 乡镇审核通过 */
            label: string;
            /** @enum {string} */
            method: "POST";
            /**
             * @description 请求路径 (已填入案件或公示的 id)；{objectionId} 代表 openObjections 中的一项
             * @example /cases/0f5c…/township-decision
             */
            path: string;
            /** @description 请求固定携带的字段 */
            preset: {
                [key: string]: string;
            };
        };
        ApplicationDto: {
            /** @description 申请人为村干部或经办人员近亲属时填写 */
            cadreRelative?: components["schemas"]["CadreRelativeDto"];
            /** @description 贫困户识别必填: 农户是否签署信息比对授权 (承诺授权)；识别申请缺少此项时返回 400，字段 application.crossCheckConsent。其他程序不填 */
            crossCheckConsent?: boolean;
            /** @description 自报两不愁三保障情况 */
            livingConditions?: components["schemas"]["LivingConditionsDto"];
            /** @description 申请理由 (退出、监测: 提出理由) */
            reasons: string;
            /** @description 自报人均纯收入 (元/年) */
            selfReportedIncome?: number;
            /**
             * @description 防返贫监测: 线索来源 (农户自主申报、基层干部排查、部门筛查预警、回头看)
             * @enum {string}
             */
            source?: "self_report" | "cadre_sweep" | "department_alert" | "follow_up_visit";
        };
        CadreRelativeDto: {
            /** @description 相关村干部或经办人员姓名 */
            cadreName: string;
            /**
             * @description 亲属关系
             * @example 兄弟
             */
            relation: string;
        };
        CalendarYearDto: {
            /**
             * @description 放假日期 (工作日中的法定节假日)
             * @example [
             *       "2027-10-01"
             *     ]
             */
            holidays: string[];
            /**
             * @description 调休上班的周末日期
             * @example [
             *       "2027-09-26"
             *     ]
             */
            workdays: string[];
        };
        CancelNoticeDto: {
            /** @description 撤销理由 */
            reason: string;
        };
        CaseHouseholdView: {
            exitYear: number | null;
            /**
             * Format: uuid
             * @description 村民小组
             */
            groupId: string;
            /** @description 户主姓名 */
            headName: string | null;
            /** Format: uuid */
            id: string;
            monitoringObjectType: string | null;
            /** @description 家庭人口 */
            size: number;
            /** @description 农户状态，如 registered (建档立卡) */
            status: string;
            /** @example 450123100201 */
            villageCode: string;
        };
        CaseListItem: {
            /** @enum {string|null} */
            awaitingRole: "village" | "township" | "county" | null;
            /** @example SB-2026-000017 */
            caseNumber: string;
            /**
             * Format: date-time
             * @description 整个程序的办理时限 (监测)
             */
            dueAt: string | null;
            final: boolean;
            headName: string | null;
            /** Format: uuid */
            householdId: string;
            /** Format: uuid */
            id: string;
            phase: string | null;
            /** @example identification */
            procedure: string;
            /** @example township_review */
            stage: string;
            /**
             * Format: date-time
             * @description 本阶段办理时限
             */
            stageDueAt: string | null;
            /** @example 乡镇审核 */
            stageLabel: string;
            /**
             * Format: date-time
             * @description 最近一次办理的时间 (在当前阶段等待自此时起)
             */
            updatedAt: string;
            /** @example 450123100201 */
            villageCode: string;
        };
        CasePublicityView: {
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            noticeId: string | null;
            windowEnded: boolean;
        };
        CaseRejectionView: {
            reason: string;
            stage: string;
            stageLabel: string;
        };
        CaseStageView: {
            /** @example township_review */
            code: string;
            /** @description 已办结 */
            final: boolean;
            /** @example 乡镇审核 */
            label: string;
            /** @description 阶段内的环节，如 awaiting_findings */
            phase: string | null;
            phaseLabel: string | null;
        };
        CaseView: {
            allowedActions: components["schemas"]["AllowedAction"][];
            /**
             * @description 等待哪一级办理
             * @enum {string|null}
             */
            awaitingRole: "village" | "township" | "county" | null;
            /** @example SB-2026-000017 */
            caseNumber: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description 整个程序的办理时限 (监测)
             */
            dueAt: string | null;
            household: components["schemas"]["CaseHouseholdView"];
            /** Format: uuid */
            id: string;
            machineVersion: number;
            openObjections: components["schemas"]["OpenObjectionView"][];
            policyVersion: number;
            /** @example identification */
            procedure: string;
            /** @example 贫困户识别 */
            procedureLabel: string;
            publicity: components["schemas"]["CasePublicityView"] | null;
            rejection: components["schemas"]["CaseRejectionView"] | null;
            stage: components["schemas"]["CaseStageView"];
            /**
             * Format: date-time
             * @description 本阶段办理时限
             */
            stageDueAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description 案件版本 (同 ETag)，修改时以 If-Match 传回 */
            version: number;
            withdrawal: components["schemas"]["CaseWithdrawalView"] | null;
        };
        CaseWithdrawalView: {
            reason: string;
            stage: string;
        };
        ChangeHeadDto: {
            /**
             * @description 原户主与新户主的关系
             * @enum {string}
             */
            formerHeadRelation: "spouse" | "son" | "daughter" | "son_in_law" | "daughter_in_law" | "grandchild" | "parent" | "grandparent" | "sibling" | "other";
            /** @description 新户主 (本户成员) */
            memberId: string;
        };
        ContactDto: {
            /** @example 乡镇纪委 */
            label: string;
            /** @example 0771-1234567 */
            phone: string;
        };
        CountyDecisionDto: {
            /** @enum {string} */
            decision: "approve" | "return" | "reject";
            /**
             * @description 确认纳入监测时必填: unstable_exited (脱贫不稳定户), marginal (边缘易致贫户), sudden_hardship (突发严重困难户)
             * @enum {string}
             */
            objectType?: "unstable_exited" | "marginal" | "sudden_hardship";
            /** @description 审核意见 */
            reason: string;
        };
        CountyDecisionItemDto: {
            /** @description 案件 */
            caseId: string;
            /** @enum {string} */
            decision: "approve" | "return" | "reject";
            /**
             * @description 确认纳入监测时必填: unstable_exited (脱贫不稳定户), marginal (边缘易致贫户), sudden_hardship (突发严重困难户)
             * @enum {string}
             */
            objectType?: "unstable_exited" | "marginal" | "sudden_hardship";
            /** @description 审核意见 */
            reason: string;
            /** @description 审核人所见的案件版本；不一致时该项不办理 (VERSION_MISMATCH) */
            version?: number;
        };
        CountyDecisionsDto: {
            items: components["schemas"]["CountyDecisionItemDto"][];
        };
        CountyPolicyDto: {
            anonymousObjections: boolean;
            /** @enum {string} */
            dayCounting: "calendar" | "working";
            /** @description 仅限本地演示: 公示期以秒计 (如 60)，正式环境拒绝 */
            demoWindowSeconds?: Record<string, never> | null;
            exclusionChecks: ("public_payroll" | "urban_commercial_housing" | "vehicle_or_machinery" | "registered_business" | "high_value_house" | "idle_land")[];
            /** @description 贫困户退出 (缺省为国家规定) */
            exit?: components["schemas"]["ExitPolicyDto"];
            /** @description 贫困户识别 (缺省为国家规定) */
            identification?: components["schemas"]["IdentificationPolicyDto"];
            /** @description 防返贫监测 (缺省为国家规定) */
            monitoring?: components["schemas"]["MonitoringPolicyDto"];
            /**
             * @description 各年度贫困线 (元/人/年)，如 {"2020": 4000}
             * @example {
             *       "2020": 4000
             *     }
             */
            povertyLines: Record<string, never>;
            publicBoard: components["schemas"]["PublicBoardDto"];
            publicityDays: components["schemas"]["PublicityDaysDto"];
            /** @description 民主评议到会比例 (默认 2/3) */
            quorum: components["schemas"]["FractionDto"];
            /** @description 审核时限到期前几天提醒 */
            reviewReminderDays: number;
            /** @description 各程序各阶段的审核时限 (缺省为默认值) */
            timeLimits?: components["schemas"]["TimeLimitsDto"];
            /** @enum {string} */
            upheldObjection: "reject" | "return_to_verification";
        };
        CreateAccountDto: {
            /** @example 张三 */
            displayName: string;
            password: string;
            /** @description 管辖区划 (县、乡镇或村)；管理员不填 */
            regionId?: string;
            /** @enum {string} */
            role: "admin" | "county" | "township" | "village";
            /** @example village-5 */
            username: string;
        };
        CreateMeasureDto: {
            /**
             * @description 帮扶措施内容
             * @example 安排公益性岗位 (护林员)
             */
            description: string;
            /**
             * @description industry (产业帮扶), employment (就业帮扶), health (健康帮扶), education (教育帮扶), housing (住房安全保障), drinking_water (饮水安全保障), social_security (综合保障 (低保、特困供养)), other (其他帮扶)
             * @enum {string}
             */
            kind: "industry" | "employment" | "health" | "education" | "housing" | "drinking_water" | "social_security" | "other";
        };
        CreateRegionDto: {
            /**
             * @description 12 位统计用区划代码 (村民小组不填)
             * @example 450123100201
             */
            code?: string;
            /** @description 村民小组在村内的编号 (仅村民小组) */
            groupNumber?: number;
            /** @enum {string} */
            level: "county" | "township" | "village" | "group";
            /** @example 青山村 */
            name: string;
            /** @description 上级区划；县级不填 */
            parentId?: string;
        };
        CrossCheckDto: {
            /** @description 比对线索；无线索时为空数组 */
            hits: components["schemas"]["CrossCheckHitDto"][];
        };
        CrossCheckHitDto: {
            note?: string;
            /**
             * @description 入户核实结论: 属实或排除；未核实不填
             * @enum {string}
             */
            resolution?: "confirmed" | "cleared";
            /** @description 比对部门及数据，如「公安车辆登记」 */
            source: string;
        };
        EndNoticesDto: {
            /** @description 要办理期满的公示 */
            noticeIds: string[];
        };
        ErrorBody: {
            /** @description 409: 案件当前阶段本账号可办理的事件 */
            allowedEvents?: string[];
            /**
             * @description 错误代码
             * @enum {string}
             */
            code: "VALIDATION_FAILED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "ROLE_NOT_ALLOWED" | "OUTSIDE_JURISDICTION" | "NOT_FOUND" | "CONFLICT" | "PERSON_IN_OTHER_HOUSEHOLD" | "REGION_CODE_TAKEN" | "USERNAME_TAKEN" | "TRANSITION_NOT_ALLOWED" | "RULE_VIOLATION" | "VERSION_MISMATCH" | "CASE_ALREADY_OPEN" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "INTERNAL_ERROR";
            /** @description 逐字段的问题 (400) */
            errors?: {
                /** @example votes[0].inFavour */
                field: string;
                /** @example 赞成、反对、弃权票之和不能多于到会人数 */
                reason: string;
            }[];
            /** @description 批量办理时出错的那一项，如 votes[3] */
            item?: string;
            /** @description 给人看的中文说明 */
            message: string;
            /** @description 请求编号 (同 X-Request-Id)，联系管理员时提供 */
            requestId: string;
        };
        ExclusionCheckDto: {
            /**
             * @description public_payroll (家庭成员为公职人员或财政供养人员), urban_commercial_housing (在城镇购买商品房), vehicle_or_machinery (拥有超出生产需要的车辆或大型机械), registered_business (经营登记注册的企业), high_value_house (近年新建或购买高价值住房), idle_land (长期自愿闲置土地)
             * @enum {string}
             */
            check: "public_payroll" | "urban_commercial_housing" | "vehicle_or_machinery" | "registered_business" | "high_value_house" | "idle_land";
            /** @description 是否存在该情形 */
            found: boolean;
            /**
             * @description 信息来源: 本人申报、入户核实、部门数据
             * @enum {string}
             */
            source: "declared" | "home_visit" | "department_data";
        };
        ExitLimitsDto: {
            /** @description 退出乡镇审核时限 (天，0 为不设时限) */
            township_review: number;
        };
        ExitPolicyDto: {
            /**
             * @description 公告退出由县级或乡镇发布
             * @enum {string}
             */
            announcedBy: "county" | "township";
            /**
             * @description 回头看最早可提前几天记录 (更早须写明理由)
             * @default 30
             */
            followUpEarlyDays: number;
            /**
             * @description 脱贫后回头看的时间 (退出后第几个月)
             * @example [
             *       6,
             *       12
             *     ]
             */
            followUpMonths: string[];
            publicityDays: components["schemas"]["ExitPublicityDaysDto"];
            /** @description 是否允许当年识别的贫困户当年退出 */
            sameYearAsRegistration: boolean;
        };
        ExitPublicityDaysDto: {
            /** @description 公告退出天数 */
            announcement: number;
            /** @description 退出村内公示天数 */
            village: number;
        };
        ExitTargetsDto: {
            targets: components["schemas"]["TownshipTargetDto"][];
        };
        ExitVerificationDto: {
            /**
             * @description 核实的家庭人均纯收入 (元/年)
             * @example 3200
             */
            incomeFound: number;
            /**
             * @description 收入所属年度 (不晚于核实日期所在年度)
             * @example 2025
             */
            incomeYear: number;
            /** @description 两不愁三保障及饮水安全，逐项填写 */
            livingConditions: components["schemas"]["LivingConditionsDto"];
            /** @example 2026-03-01 */
            visitedOn: string;
            /** @description 至少两人，其中至少一人来自驻村工作队 */
            visitors: components["schemas"]["VisitorDto"][];
        };
        FileObjectionDto: {
            /**
             * @description objection 异议; appeal 复核申请 (对乡镇、县级决定)
             * @enum {string}
             */
            kind: "objection" | "appeal";
            /** @description 联系方式 */
            objectorContact?: string;
            /** @description 反映人姓名 (本县允许时可匿名) */
            objectorName?: string;
            /** @description 异议内容 */
            reason: string;
        };
        FractionDto: {
            /** @example 3 */
            denominator: number;
            /** @example 2 */
            numerator: number;
        };
        HomeCheckDto: {
            /** @description 农户已签字的承诺授权书 */
            consentSigned: boolean;
            /**
             * @description 核实的家庭人均纯收入 (元/年)
             * @example 3200
             */
            incomeFound: number;
            /**
             * @description 收入所属年度 (不晚于核实日期所在年度)
             * @example 2025
             */
            incomeYear: number;
            /** @description 两不愁三保障及饮水安全，逐项填写 */
            livingConditions: components["schemas"]["LivingConditionsDto"];
            /** @description 说明 (如风险消除回退的理由) */
            reason?: string;
            /** @example 2026-03-01 */
            visitedOn: string;
            /** @description 至少两人，其中至少一人来自驻村工作队 */
            visitors: components["schemas"]["VisitorDto"][];
        };
        IdentificationLimitsDto: {
            /** @description 县级复审时限 (天，0 为不设时限) */
            county_review: number;
            /** @description 乡镇审核时限 (天，0 为不设时限) */
            township_review: number;
        };
        IdentificationPolicyDto: {
            /** @description 收入高于贫困线但存在两不愁三保障问题时仍可认定的幅度 (元，0 为不允许) */
            incomeMarginAboveLine: number;
        };
        ImportGroupDto: {
            /** @example 第一村民小组 */
            name: string;
            number: number;
        };
        ImportRegionNodeDto: {
            children?: components["schemas"]["ImportRegionNodeDto"][];
            /** @example 450123000000 */
            code: string;
            /** @description 村民小组 (仅村级节点) */
            groups?: components["schemas"]["ImportGroupDto"][];
            name: string;
        };
        ImportRegionsDto: {
            regions: components["schemas"]["ImportRegionNodeDto"][];
        };
        InboxItem: {
            body: string;
            /** Format: uuid */
            caseId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description 通知编号 */
            id: string;
            /**
             * Format: date-time
             * @description 读过的时间；未读为 null
             */
            readAt: string | null;
            /** @example review_due */
            template: string;
            /** @example 待审核 */
            title: string;
        };
        InboxPage: {
            items: components["schemas"]["InboxItem"][];
            /** @description 传回 cursor 取下一页，末页为 null */
            nextCursor: string | null;
            /** @description 符合筛选条件的总数 */
            total: number;
            /** @description 未读条数 (不论筛选) */
            unread: number;
        };
        IncomeCheckDto: {
            /** @example 2026-03-01 */
            checkedOn: string;
            /** @description 家庭人均纯收入 (元/年) */
            perCapitaIncome: number;
        };
        JournalEntryView: {
            /**
             * Format: uuid
             * @description 办理人账号；系统自动办理时为 null
             */
            accountId: string | null;
            /** @example 乡镇审核 */
            eventLabel: string;
            /** @example TOWNSHIP_DECIDED */
            eventType: string;
            /** @description SHA-256，链接上一条 */
            hash: string;
            machineVersion: number;
            /** Format: date-time */
            occurredAt: string;
            /** @description 事件内容 (记录的事实) */
            payload: {
                [key: string]: unknown;
            };
            policyVersion: number;
            /**
             * @description village, township, county, resident 或 system
             * @example township
             */
            role: string;
            /** @example 乡镇 */
            roleLabel: string;
            sequence: number;
            stageAfter: string;
            /** @example 乡镇公示 */
            stageAfterLabel: string;
            stageBefore: string | null;
            /** @description 办理人用户名 */
            username: string | null;
        };
        LivingConditionsDto: {
            /** @description 不愁穿 */
            clothing?: boolean;
            /** @description 饮水安全有保障 */
            drinkingWater?: boolean;
            /** @description 义务教育有保障 */
            education?: boolean;
            /** @description 不愁吃 */
            food?: boolean;
            /** @description 住房安全有保障 */
            housing?: boolean;
            /** @description 基本医疗有保障 */
            medical?: boolean;
        };
        LoginDto: {
            /** @example jingzhun-demo */
            password: string;
            /** @example village-1 */
            username: string;
        };
        LoginResult: {
            /** @description 访问令牌，以 Authorization: Bearer 传回 */
            accessToken: string;
            account: components["schemas"]["AccountView"];
            /** @description 令牌有效秒数 */
            expiresIn: number;
        };
        MeetingVoteDto: {
            /** @description 弃权票 */
            abstaining?: number;
            /** @description 反对票 */
            against?: number;
            /** @description 已在会上说明申请人与村干部或经办人员的亲属关系 */
            cadreRelationDeclared?: boolean;
            caseId: string;
            /** @description 村民代表大会: 赞成票 */
            inFavour?: number;
            note?: string;
            /** @description 不推荐的理由 */
            reason?: string;
            /** @description 村民小组评议: 是否推荐 */
            recommended?: boolean;
        };
        MemberDto: {
            /**
             * @description 可不填，由身份证号码推出；填写时必须一致
             * @example 1980-03-15
             */
            birthDate?: string;
            /**
             * @description healthy (健康), chronic_illness (长期慢性病), serious_illness (大病), disabled (残疾)
             * @enum {string}
             */
            health: "healthy" | "chronic_illness" | "serious_illness" | "disabled";
            /**
             * @description 18 位居民身份证号码，末位校验码可为 X
             * @example 450123198003150011
             */
            idNumber: string;
            /**
             * @description ordinary (普通劳动力), skilled (技能劳动力), lost (丧失劳动力), none (无劳动力)
             * @enum {string}
             */
            labourCapacity: "ordinary" | "skilled" | "lost" | "none";
            /** @example 韦建国 */
            name: string;
            /** @example 13800138000 */
            phone?: string;
            /**
             * @description 与户主关系: head (户主), spouse (配偶), son (之子), daughter (之女), son_in_law (之女婿), daughter_in_law (之儿媳), grandchild (之孙子女), parent (之父母), grandparent (之祖父母), sibling (之兄弟姐妹), other (其他)
             * @enum {string}
             */
            relation: "head" | "spouse" | "son" | "daughter" | "son_in_law" | "daughter_in_law" | "grandchild" | "parent" | "grandparent" | "sibling" | "other";
            /**
             * @description preschool (学龄前儿童), in_school (在校生), illiterate (文盲或半文盲), primary (小学), junior_secondary (初中), senior_secondary (高中), vocational (中职 (中专)), college (大专及以上)
             * @enum {string}
             */
            schooling: "preschool" | "in_school" | "illiterate" | "primary" | "junior_secondary" | "senior_secondary" | "vocational" | "college";
            /**
             * @description 可不填，由身份证号码推出；填写时必须一致
             * @enum {string}
             */
            sex?: "male" | "female";
        };
        MonitoringLimitsDto: {
            /** @description 县级确认时限 (天，0 为不设时限) */
            county_confirmation: number;
            /** @description 乡镇审核时限 (天，0 为不设时限) */
            township_review: number;
        };
        MonitoringPolicyDto: {
            /** @description 风险消除: 收入稳定高于监测标准至少几个月 */
            eliminationMonthsAboveLine: number;
            /** @description 风险消除: 纳入监测至少几个月 */
            eliminationMonthsEnrolled: number;
            /** @description 从发现线索到纳入监测的时限 (天) */
            limitDays: number;
            /**
             * @description 各年度监测标准 (元/人/年)，不低于当年贫困线的 1.5 倍
             * @example {
             *       "2025": 7500
             *     }
             */
            lines: Record<string, never>;
            /** @description 村内公示天数 (至少 5 天) */
            publicityDays: number;
            /** @description 时限到期前几天提醒 */
            reminderDays: number;
            /**
             * @description 对外使用的名称
             * @enum {string}
             */
            term: "监测对象" | "防止返贫致贫对象";
        };
        ObjectionFindingDto: {
            /** @description 调查核实情况及结论 (书面答复) */
            finding: string;
            /** @description 异议是否成立 */
            upheld: boolean;
        };
        OpenCaseDto: {
            application: components["schemas"]["ApplicationDto"];
            householdId: string;
            /**
             * @example identification
             * @enum {string}
             */
            procedure: "identification" | "exit" | "exit_correction" | "monitoring" | "risk_elimination" | "elimination_rollback";
        };
        OpenNoticeDto: {
            /** @description 列入本次公示的案件 */
            caseIds: string[];
            /**
             * @description 所列案件的办理程序，默认 identification
             * @enum {string}
             */
            procedure?: "identification" | "exit" | "exit_correction" | "monitoring" | "risk_elimination" | "elimination_rollback";
            /** @description 公示阶段: 识别 village_publicity / township_publicity / county_announcement; 退出 village_publicity / announcement; 监测 village_publicity */
            stage: string;
            villageId: string;
        };
        OpenObjectionView: {
            /** Format: date-time */
            filedAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "objection" | "appeal";
            reason: string;
        };
        PublicBoardDto: {
            /** @description 监督举报电话 */
            contacts: components["schemas"]["ContactDto"][];
            /** @description 网上公示栏是否显示户主全名 (默认遮蔽中间字) */
            fullNames: boolean;
            /** @description 公示结束后在网上保留的天数 */
            retentionDays: number;
        };
        PublicityDaysDto: {
            /** @description 县级公告天数 */
            county: number;
            /** @description 乡镇审核后公示天数 */
            township: number;
            /** @description 村级公示天数 */
            village: number;
        };
        RecordFollowUpDto: {
            /** @description 早于到期日前规定天数 (政策 exit.followUpEarlyDays，默认 30 天) 登记时必填: 提前回访的理由 */
            earlyReason?: string;
            /**
             * @description 核实的家庭人均纯收入 (元/年)
             * @example 3200
             */
            incomeFound: number;
            /**
             * @description 收入所属年度 (不晚于核实日期所在年度)
             * @example 2025
             */
            incomeYear: number;
            /** @description 两不愁三保障及饮水安全，逐项填写 */
            livingConditions: components["schemas"]["LivingConditionsDto"];
            /** @description 回访情况说明 */
            note?: string;
            /** @example 2026-03-01 */
            visitedOn: string;
            /** @description 至少两人，其中至少一人来自驻村工作队 */
            visitors: components["schemas"]["VisitorDto"][];
        };
        RecordMeetingDto: {
            /** @description 到会人员名单 (村民小组评议必填) */
            attendees?: string[];
            /** @description 村民小组评议必填: 开会的村民小组；所列案件的农户须属于该小组。村民代表大会不填 */
            groupId?: string;
            /** @example 2026-03-01 */
            heldOn: string;
            /** @description 在任村民代表人数 (村民代表大会必填) */
            inOffice?: number;
            /**
             * @description group_review 村民小组评议; representatives 村民代表大会民主评议
             * @enum {string}
             */
            kind: "group_review" | "representatives";
            /** @description 会议记录 */
            minutes: string;
            /** @example 村委会会议室 */
            place: string;
            /** @description 到会人数 */
            present: number;
            villageId: string;
            votes: components["schemas"]["MeetingVoteDto"][];
        };
        RecordVerificationDto: {
            /** @description 部门信息比对线索 */
            crossCheckHits: components["schemas"]["CrossCheckHitDto"][];
            /** @description 核实人员的结论：由规则按收入、两不愁三保障和排除情形判定，结论只能与之一致；收入高于贫困线但在本县规定幅度内且有三保障问题时，填 true 并写明理由可认定符合 */
            eligible?: boolean;
            exclusionChecks: components["schemas"]["ExclusionCheckDto"][];
            /** @description 是否全面入户核实 */
            fullHomeVisit: boolean;
            /**
             * @description 核实的家庭人均纯收入 (元/年)
             * @example 3200
             */
            incomeFound: number;
            /**
             * @description 收入所属年度 (不晚于核实日期所在年度)
             * @example 2025
             */
            incomeYear: number;
            /** @description 两不愁三保障及饮水安全，逐项填写 */
            livingConditions: components["schemas"]["LivingConditionsDto"];
            /** @description 说明 (按本县规定幅度例外认定时必填) */
            reason?: string;
            /** @example 2026-03-01 */
            visitedOn: string;
            /** @description 至少两人，其中至少一人来自驻村工作队 */
            visitors: components["schemas"]["VisitorDto"][];
        };
        RefusalDto: {
            /**
             * @description reverify 重新核实; cancel 终止退出
             * @enum {string}
             */
            next: "reverify" | "cancel";
            /** @description 农户不认可的理由 */
            reason: string;
        };
        RegisterHouseholdDto: {
            /** @description 所在村民小组 */
            groupId: string;
            livingConditions?: components["schemas"]["LivingConditionsDto"];
            /**
             * @description 主要致贫原因: illness (因病), disability (因残), schooling (因学), disaster (因灾), lack_of_land (缺土地), lack_of_water (缺水), lack_of_skills (缺技术), lack_of_labour (缺劳力), lack_of_funds (缺资金), poor_transport (交通条件落后), lack_of_motivation (自身发展动力不足)
             * @enum {string}
             */
            mainCause?: "illness" | "disability" | "schooling" | "disaster" | "lack_of_land" | "lack_of_water" | "lack_of_skills" | "lack_of_labour" | "lack_of_funds" | "poor_transport" | "lack_of_motivation";
            /** @description 家庭成员，其中恰好一人为户主 (relation = head) */
            members: components["schemas"]["MemberDto"][];
            /**
             * @description 人均纯收入 (元/年)
             * @example 3600
             */
            perCapitaIncome?: number;
            /**
             * @description general (一般贫困户), dibao (低保贫困户), tekun (特困供养贫困户)
             * @enum {string}
             */
            povertyAttribute?: "general" | "dibao" | "tekun";
        };
        RegisterWebhookDto: {
            /** @example https://county.example.gov.cn/jingzhun/events */
            url: string;
        };
        RenameRegionDto: {
            name: string;
        };
        ReviewDecisionDto: {
            /** @enum {string} */
            decision: "approve" | "return" | "reject";
            /** @description 审核意见 */
            reason: string;
        };
        TimeLimitsDto: {
            /** @description 风险消除回退 */
            elimination_rollback: components["schemas"]["MonitoringLimitsDto"];
            /** @description 贫困户退出 */
            exit: components["schemas"]["ExitLimitsDto"];
            /** @description 贫困户识别 */
            identification: components["schemas"]["IdentificationLimitsDto"];
            /** @description 纳入监测 (须在从线索到纳入的总时限内) */
            monitoring: components["schemas"]["MonitoringLimitsDto"];
            /** @description 风险消除 */
            risk_elimination: components["schemas"]["MonitoringLimitsDto"];
        };
        TownshipDecisionItemDto: {
            /** @description 案件 */
            caseId: string;
            /** @enum {string} */
            decision: "approve" | "return" | "reject";
            /** @description 审核意见 */
            reason: string;
            /** @description 审核人所见的案件版本；不一致时该项不办理 (VERSION_MISMATCH) */
            version?: number;
        };
        TownshipDecisionsDto: {
            items: components["schemas"]["TownshipDecisionItemDto"][];
        };
        TownshipTargetDto: {
            /** @description 年度脱贫目标 (户) */
            target: number;
            townshipId: string;
        };
        UpdateAccountDto: {
            /** @description 停用后该账号的所有令牌立即失效 */
            disabled?: boolean;
            displayName?: string;
            password?: string;
        };
        UpdateHouseholdDto: {
            /** @description 所在村民小组 */
            groupId?: string;
            livingConditions?: components["schemas"]["LivingConditionsDto"];
            /**
             * @description 主要致贫原因: illness (因病), disability (因残), schooling (因学), disaster (因灾), lack_of_land (缺土地), lack_of_water (缺水), lack_of_skills (缺技术), lack_of_labour (缺劳力), lack_of_funds (缺资金), poor_transport (交通条件落后), lack_of_motivation (自身发展动力不足)
             * @enum {string}
             */
            mainCause?: "illness" | "disability" | "schooling" | "disaster" | "lack_of_land" | "lack_of_water" | "lack_of_skills" | "lack_of_labour" | "lack_of_funds" | "poor_transport" | "lack_of_motivation";
            /**
             * @description 人均纯收入 (元/年)
             * @example 3600
             */
            perCapitaIncome?: number;
            /**
             * @description general (一般贫困户), dibao (低保贫困户), tekun (特困供养贫困户)
             * @enum {string}
             */
            povertyAttribute?: "general" | "dibao" | "tekun";
        };
        UpdateMeasureDto: {
            /**
             * @description 落实日期 (status 为 done 时必填)
             * @example 2026-03-01
             */
            doneOn?: string;
            /**
             * @description planned 计划, in_progress 实施中, done 已落实
             * @enum {string}
             */
            status: "planned" | "in_progress" | "done";
        };
        UpdateMemberDto: {
            /**
             * @description 可不填，由身份证号码推出；填写时必须一致
             * @example 1980-03-15
             */
            birthDate?: string;
            /**
             * @description healthy (健康), chronic_illness (长期慢性病), serious_illness (大病), disabled (残疾)
             * @enum {string}
             */
            health?: "healthy" | "chronic_illness" | "serious_illness" | "disabled";
            /**
             * @description 18 位居民身份证号码，末位校验码可为 X
             * @example 450123198003150011
             */
            idNumber?: string;
            /**
             * @description ordinary (普通劳动力), skilled (技能劳动力), lost (丧失劳动力), none (无劳动力)
             * @enum {string}
             */
            labourCapacity?: "ordinary" | "skilled" | "lost" | "none";
            /** @example 韦建国 */
            name?: string;
            /** @example 13800138000 */
            phone?: string;
            /**
             * @description 与户主关系: head (户主), spouse (配偶), son (之子), daughter (之女), son_in_law (之女婿), daughter_in_law (之儿媳), grandchild (之孙子女), parent (之父母), grandparent (之祖父母), sibling (之兄弟姐妹), other (其他)
             * @enum {string}
             */
            relation?: "head" | "spouse" | "son" | "daughter" | "son_in_law" | "daughter_in_law" | "grandchild" | "parent" | "grandparent" | "sibling" | "other";
            /**
             * @description preschool (学龄前儿童), in_school (在校生), illiterate (文盲或半文盲), primary (小学), junior_secondary (初中), senior_secondary (高中), vocational (中职 (中专)), college (大专及以上)
             * @enum {string}
             */
            schooling?: "preschool" | "in_school" | "illiterate" | "primary" | "junior_secondary" | "senior_secondary" | "vocational" | "college";
            /**
             * @description 可不填，由身份证号码推出；填写时必须一致
             * @enum {string}
             */
            sex?: "male" | "female";
        };
        VisitorDto: {
            name: string;
            /**
             * @description 村两委 或 驻村工作队
             * @enum {string}
             */
            team: "village_committee" | "work_team";
        };
        WithdrawDto: {
            /** @description 撤回理由 */
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AccountsController_list: {
        parameters: {
            query?: {
                /** @description 上一页返回的 nextCursor */
                cursor?: string;
                /** @description true: 只列出已停用的；false: 只列出在用的 */
                disabled?: boolean;
                limit?: number;
                /** @description 管辖区划为该区划或其下级的账号 */
                regionId?: string;
                role?: "admin" | "county" | "township" | "village";
                /** @description 用户名或姓名包含 */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页结果：items；total 为符合筛选条件的总数 (每页相同)；nextCursor 传回 cursor 取下一页，末页为 null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: Record<string, never>[];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    JournalController_anchor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    JournalController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarYearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                /** @description 案件编号 (不区分大小写)，如 SB-2026-000017 */
                caseNumber?: string;
                /** @description 上一页返回的 nextCursor */
                cursor?: string;
                /** @description true: 只列出已办结的；false: 只列出办理中的 */
                final?: boolean;
                /** @description 户主姓名包含 */
                headName?: string;
                /** @description 某一户的案件 */
                householdId?: string;
                limit?: number;
                /** @description 只列出超过时限的案件 */
                overdue?: boolean;
                procedure?: "identification" | "exit" | "exit_correction" | "monitoring" | "risk_elimination" | "elimination_rollback";
                /** @description 区划 (县、乡镇或村)，默认为本账号的管辖区划 */
                regionId?: string;
                /** @description 阶段代码，如 township_review */
                stage?: string;
                /** @description 只列出等待本账号所在级别办理的案件 (案件的 awaitingRole 为本账号的角色) */
                waitingOnMe?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页结果：items；total 为符合筛选条件的总数 (每页相同)；nextCursor 传回 cursor 取下一页，末页为 null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CaseListItem"][];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CasesController_open: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CasesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExitsController_acknowledge: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: {
                /** @description 客户端所见的案件版本 (案件应答的 ETag，如 "3")；不一致时返回 412，不做任何更改 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgementDto"];
            };
        };
        responses: {
            /** @description 办理后的案件；ETag 为新的版本 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CasesController_countyDecision: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: {
                /** @description 客户端所见的案件版本 (案件应答的 ETag，如 "3")；不一致时返回 412，不做任何更改 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CountyDecisionDto"];
            };
        };
        responses: {
            /** @description 办理后的案件；ETag 为新的版本 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    VerificationsController_crossCheck: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: {
                /** @description 客户端所见的案件版本 (案件应答的 ETag，如 "3")；不一致时返回 412，不做任何更改 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrossCheckDto"];
            };
        };
        responses: {
            /** @description 办理后的案件；ETag 为新的版本 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    VerificationsController_verifyExit: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: {
                /** @description 客户端所见的案件版本 (案件应答的 ETag，如 "3")；不一致时返回 412，不做任何更改 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExitVerificationDto"];
            };
        };
        responses: {
            /** @description 办理后的案件；ETag 为新的版本 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CasesController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntryView"][];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    VerificationsController_homeCheck: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: {
                /** @description 客户端所见的案件版本 (案件应答的 ETag，如 "3")；不一致时返回 412，不做任何更改 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HomeCheckDto"];
            };
        };
        responses: {
            /** @description 办理后的案件；ETag 为新的版本 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_fileObjection: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileObjectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExitsController_refuse: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: {
                /** @description 客户端所见的案件版本 (案件应答的 ETag，如 "3")；不一致时返回 412，不做任何更改 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefusalDto"];
            };
        };
        responses: {
            /** @description 办理后的案件；ETag 为新的版本 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CasesController_submit: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: {
                /** @description 客户端所见的案件版本 (案件应答的 ETag，如 "3")；不一致时返回 412，不做任何更改 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 办理后的案件；ETag 为新的版本 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CasesController_townshipDecision: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: {
                /** @description 客户端所见的案件版本 (案件应答的 ETag，如 "3")；不一致时返回 412，不做任何更改 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDecisionDto"];
            };
        };
        responses: {
            /** @description 办理后的案件；ETag 为新的版本 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    VerificationsController_verify: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: {
                /** @description 客户端所见的案件版本 (案件应答的 ETag，如 "3")；不一致时返回 412，不做任何更改 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordVerificationDto"];
            };
        };
        responses: {
            /** @description 办理后的案件；ETag 为新的版本 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CasesController_withdraw: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: {
                /** @description 客户端所见的案件版本 (案件应答的 ETag，如 "3")；不一致时返回 412，不做任何更改 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawDto"];
            };
        };
        responses: {
            /** @description 办理后的案件；ETag 为新的版本 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CasesController_countyDecisions: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CountyDecisionsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CasesController_townshipDecisions: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TownshipDecisionsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PoliciesController_current: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                countyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PoliciesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                countyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CountyPolicyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExitsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExitsController_setTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExitTargetsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FollowUpsController_list: {
        parameters: {
            query?: {
                /** @description 上一页返回的 nextCursor */
                cursor?: string;
                /** @description 只列出已到期、尚未回访的 */
                due?: boolean;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页结果：items；total 为符合筛选条件的总数 (每页相同)；nextCursor 传回 cursor 取下一页，末页为 null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: Record<string, never>[];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FollowUpsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFollowUpDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HouseholdsController_list: {
        parameters: {
            query?: {
                /** @description 上一页返回的 nextCursor */
                cursor?: string;
                /** @description 户主姓名包含 */
                headName?: string;
                /** @description 某位成员的居民身份证号码 (精确匹配；不写入日志) */
                idNumber?: string;
                limit?: number;
                /** @description 任一家庭成员 (含户主) 姓名包含 */
                memberName?: string;
                povertyAttribute?: "general" | "dibao" | "tekun";
                /** @description 区划 (县、乡镇、村或村民小组)，默认为本账号的管辖区划 */
                regionId?: string;
                status?: "none" | "registered" | "exited" | "monitored" | "risk_eliminated";
                /** @description 只列出有该程序正在办理的案件的农户 */
                withOpenCase?: "identification" | "exit" | "exit_correction" | "monitoring" | "risk_elimination" | "elimination_rollback";
                /** @description 只列出没有该程序正在办理的案件的农户 (可以开立新案件) */
                withoutOpenCase?: "identification" | "exit" | "exit_correction" | "monitoring" | "risk_elimination" | "elimination_rollback";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页结果：items；total 为符合筛选条件的总数 (每页相同)；nextCursor 传回 cursor 取下一页，末页为 null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: Record<string, never>[];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HouseholdsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterHouseholdDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HouseholdsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HouseholdsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateHouseholdDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HouseholdsController_changeHead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeHeadDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HouseholdsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MonitoringController_addIncomeCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncomeCheckDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MonitoringController_addMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeasureDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HouseholdsController_addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HouseholdsController_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HouseholdsController_updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MonitoringController_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InboxController_list: {
        parameters: {
            query?: {
                /** @description 上一页返回的 nextCursor */
                cursor?: string;
                limit?: number;
                /** @description 只看未读 */
                unreadOnly?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InboxController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InboxController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MonitoringController_updateMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeasureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MeetingsController_list: {
        parameters: {
            query?: {
                /** @description 上一页返回的 nextCursor */
                cursor?: string;
                /** @description 会议日期不早于 */
                heldFrom?: string;
                /** @description 会议日期不晚于 */
                heldTo?: string;
                /** @description group_review 村民小组评议; representatives 村民代表大会民主评议 */
                kind?: "group_review" | "representatives";
                limit?: number;
                /** @description 区划 (县、乡镇、村或村民小组)，默认为本账号的管辖区划 */
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页结果：items；total 为符合筛选条件的总数 (每页相同)；nextCursor 传回 cursor 取下一页，末页为 null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: Record<string, never>[];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MeetingsController_record: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMeetingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MeetingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_objections: {
        parameters: {
            query?: {
                /** @description 某一案件 */
                caseId?: string;
                /** @description 上一页返回的 nextCursor */
                cursor?: string;
                /** @description objection 异议; appeal 复核申请 */
                kind?: "objection" | "appeal";
                limit?: number;
                /** @description 某次公示 */
                noticeId?: string;
                /** @description 区划 (县、乡镇或村)，默认为本账号的管辖区划 */
                regionId?: string;
                /** @description open 待处理; upheld 成立; dismissed 不成立; cancelled 因案件退出公示而撤销 */
                status?: "open" | "upheld" | "dismissed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页结果：items；total 为符合筛选条件的总数 (每页相同)；nextCursor 传回 cursor 取下一页，末页为 null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: Record<string, never>[];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_resolve: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionFindingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_notices: {
        parameters: {
            query?: {
                /** @description 上一页返回的 nextCursor */
                cursor?: string;
                /** @description 公示期在该日之前结束 (该日 0 时前，北京时间) */
                endsBefore?: string;
                limit?: number;
                procedure?: "identification" | "exit" | "exit_correction" | "monitoring" | "risk_elimination" | "elimination_rollback";
                /** @description 区划 (县、乡镇或村)，默认为本账号的管辖区划 */
                regionId?: string;
                /** @description 公示阶段代码，如 village_publicity */
                stage?: string;
                /** @description open 公示中; ended 已期满; cancelled 已撤销 */
                state?: "open" | "ended" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页结果：items；total 为符合筛选条件的总数 (每页相同)；nextCursor 传回 cursor 取下一页，末页为 null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: Record<string, never>[];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_open: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenNoticeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_cancel: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelNoticeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_end: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_endMany: {
        parameters: {
            query?: {
                /** @description 试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果 */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndNoticesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegionsController_list: {
        parameters: {
            query?: {
                /** @description 12 位统计用区划代码 (村级代码同时返回其村民小组) */
                code?: string;
                /** @description 上级区划 */
                parentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegionsController_rename: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameRegionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegionsController_tree: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegionsController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportRegionsDto"];
                "text/csv": components["schemas"]["ImportRegionsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WebhooksController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WebhooksController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户。code: TRANSITION_NOT_ALLOWED, CONFLICT, CASE_ALREADY_OPEN, PERSON_IN_OTHER_HOUSEHOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试。code: VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WebhooksController_deadLetters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)。code: VALIDATION_FAILED, RULE_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未登录或令牌已失效。code: UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 超出本账号管辖范围或角色无权办理 (已记录)。code: OUTSIDE_JURISDICTION, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在。code: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
