import { createApp } from 'vue';
import 'element-plus/theme-chalk/base.css';
// Called as functions (ElMessage, ElMessageBox), not used as components: their styles are imported here.
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import App from './App.vue';
import { router } from './router';
import { session } from './session';
import './styles.css';

session.restore();
createApp(App).use(router).mount('#app');
