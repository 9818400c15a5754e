import { createApp } from 'vue';
import 'workshop-elements';
import App from './App.vue';

createApp(App).mount('#app');
