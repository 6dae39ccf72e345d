import { createRouter, createWebHistory } from 'vue-router';
import { session } from './session';

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { title: '登录', public: true } },
    {
      path: '/',
      component: () => import('./components/StaffLayout.vue'),
      children: [
        // An administrator has no casework: the accounts are its first page.
        { path: '', redirect: () => ({ name: session.account?.role === 'admin' ? 'accounts' : 'work' }) },
        { path: 'work', name: 'work', component: () => import('./pages/WorkPage.vue'), meta: { title: '待办' } },
        { path: 'cases', name: 'cases', component: () => import('./pages/CasesPage.vue'), meta: { title: '案件查询' } },
        { path: 'cases/:id', name: 'case', component: () => import('./pages/CasePage.vue'), meta: { title: '案件' }, props: true },
        { path: 'households', name: 'households', component: () => import('./pages/HouseholdsPage.vue'), meta: { title: '农户' } },
        { path: 'households/:id', name: 'household', component: () => import('./pages/HouseholdPage.vue'), meta: { title: '农户' }, props: true },
        { path: 'imports', name: 'imports', component: () => import('./pages/ImportsPage.vue'), meta: { title: '文件导入' } },
        { path: 'meetings/new', name: 'meeting', component: () => import('./pages/MeetingPage.vue'), meta: { title: '记录评议会议' } },
        { path: 'notices', name: 'notices', component: () => import('./pages/NoticesPage.vue'), meta: { title: '公示' } },
        { path: 'regions', name: 'regions', component: () => import('./pages/RegionsPage.vue'), meta: { title: '区划' } },
        { path: 'accounts', name: 'accounts', component: () => import('./pages/AccountsPage.vue'), meta: { title: '账号管理' } },
        { path: 'exit-targets', name: 'exit-targets', component: () => import('./pages/ExitTargetsPage.vue'), meta: { title: '脱贫目标' } },
        { path: 'policy', name: 'policy', component: () => import('./pages/PolicyPage.vue'), meta: { title: '政策设置' } },
        { path: 'webhooks', name: 'webhooks', component: () => import('./pages/WebhooksPage.vue'), meta: { title: '回调地址' } },
        { path: 'statistics', name: 'statistics', component: () => import('./pages/StatisticsPage.vue'), meta: { title: '统计' } },
        { path: 'progress', name: 'progress', component: () => import('./pages/ProgressPage.vue'), meta: { title: '各村进度' } },
        { path: 'leads', name: 'leads', component: () => import('./pages/LeadsPage.vue'), meta: { title: '风险线索' } },
        { path: 'sweeps', name: 'sweeps', component: () => import('./pages/SweepsPage.vue'), meta: { title: '集中排查' } },
        { path: 'sweeps/:id', name: 'sweep', component: () => import('./pages/SweepPage.vue'), meta: { title: '集中排查' }, props: true },
        { path: 'help-visits', name: 'help-visits', component: () => import('./pages/HelpVisitsPage.vue'), meta: { title: '帮扶走访' } },
        { path: 'microcredit', name: 'microcredit', component: () => import('./pages/MicrocreditPage.vue'), meta: { title: '帮扶小额信贷' } },
        { path: 'follow-ups', name: 'follow-ups', component: () => import('./pages/FollowUpsPage.vue'), meta: { title: '回头看' } },
        { path: 'inbox', name: 'inbox', component: () => import('./pages/InboxPage.vue'), meta: { title: '通知' } },
        { path: ':rest(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { title: '页面不存在' } },
      ],
    },
  ],
});

router.beforeEach((to) => {
  // Back where the user was going after signing in; `/` itself leads each role to its own first page.
  const wanted = to.redirectedFrom?.fullPath ?? to.fullPath;
  if (!to.meta.public && !session.token) return { name: 'login', query: wanted === '/' ? {} : { next: wanted } };
  return true;
});

router.afterEach((to) => {
  document.title = `${String(to.meta.title ?? '工作台')} · 精准工作台`;
});
