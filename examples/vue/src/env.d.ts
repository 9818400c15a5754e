// Types of the four tags in templates (GlobalComponents), checked by vue-tsc with strictTemplates.
import type {} from 'workshop-elements/vue';
