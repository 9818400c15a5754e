function t(t,e,s,i){var r,o=arguments.length,n=o<3?e:null===i?i=Object.getOwnPropertyDescriptor(e,s):i;if("object"==typeof Reflect&&"function"==typeof Reflect.decorate)n=Reflect.decorate(t,e,s,i);else for(var a=t.length-1;a>=0;a--)(r=t[a])&&(n=(o<3?r(n):o>3?r(e,s,n):r(e,s))||n);return o>3&&n&&Object.defineProperty(e,s,n),n}"function"==typeof SuppressedError&&SuppressedError;const e=globalThis,s=e.ShadowRoot&&(void 0===e.ShadyCSS||e.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,i=Symbol(),r=new WeakMap;let o=class{constructor(t,e,s){if(this._$cssResult$=!0,s!==i)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o;const e=this.t;if(s&&void 0===t){const s=void 0!==e&&1===e.length;s&&(t=r.get(e)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),s&&r.set(e,t))}return t}toString(){return this.cssText}};const n=t=>new o("string"==typeof t?t:t+"",void 0,i),a=(t,...e)=>{const s=1===t.length?t[0]:e.reduce((e,s,i)=>e+(t=>{if(!0===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+t[i+1],t[0]);return new o(s,t,i)},l=s?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return n(e)})(t):t,{is:d,defineProperty:h,getOwnPropertyDescriptor:c,getOwnPropertyNames:p,getOwnPropertySymbols:u,getPrototypeOf:m}=Object,g=globalThis,f=g.trustedTypes,w=f?f.emptyScript:"",v=g.reactiveElementPolyfillSupport,b=(t,e)=>t,y={toAttribute(t,e){switch(e){case Boolean:t=t?w:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t)}return t},fromAttribute(t,e){let s=t;switch(e){case Boolean:s=null!==t;break;case Number:s=null===t?null:Number(t);break;case Object:case Array:try{s=JSON.parse(t)}catch(t){s=null}}return s}},$=(t,e)=>!d(t,e),k={attribute:!0,type:String,converter:y,reflect:!1,useDefault:!1,hasChanged:$};Symbol.metadata??=Symbol("metadata"),g.litPropertyMetadata??=new WeakMap;let x=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=k){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){const s=Symbol(),i=this.getPropertyDescriptor(t,s,e);void 0!==i&&h(this.prototype,t,i)}}static getPropertyDescriptor(t,e,s){const{get:i,set:r}=c(this.prototype,t)??{get(){return this[e]},set(t){this[e]=t}};return{get:i,set(e){const o=i?.call(this);r?.call(this,e),this.requestUpdate(t,o,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??k}static _$Ei(){if(this.hasOwnProperty(b("elementProperties")))return;const t=m(this);t.finalize(),void 0!==t.l&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(b("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(b("properties"))){const t=this.properties,e=[...p(t),...u(t)];for(const s of e)this.createProperty(s,t[s])}const t=this[Symbol.metadata];if(null!==t){const e=litPropertyMetadata.get(t);if(void 0!==e)for(const[t,s]of e)this.elementProperties.set(t,s)}this._$Eh=new Map;for(const[t,e]of this.elementProperties){const s=this._$Eu(t,e);void 0!==s&&this._$Eh.set(s,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){const e=[];if(Array.isArray(t)){const s=new Set(t.flat(1/0).reverse());for(const t of s)e.unshift(l(t))}else void 0!==t&&e.push(l(t));return e}static _$Eu(t,e){const s=e.attribute;return!1===s?void 0:"string"==typeof s?s:"string"==typeof t?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),void 0!==this.renderRoot&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){const t=new Map,e=this.constructor.elementProperties;for(const s of e.keys())this.hasOwnProperty(s)&&(t.set(s,this[s]),delete this[s]);t.size>0&&(this._$Ep=t)}createRenderRoot(){const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((t,i)=>{if(s)t.adoptedStyleSheets=i.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const s of i){const i=document.createElement("style"),r=e.litNonce;void 0!==r&&i.setAttribute("nonce",r),i.textContent=s.cssText,t.appendChild(i)}})(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,s){this._$AK(t,s)}_$ET(t,e){const s=this.constructor.elementProperties.get(t),i=this.constructor._$Eu(t,s);if(void 0!==i&&!0===s.reflect){const r=(void 0!==s.converter?.toAttribute?s.converter:y).toAttribute(e,s.type);this._$Em=t,null==r?this.removeAttribute(i):this.setAttribute(i,r),this._$Em=null}}_$AK(t,e){const s=this.constructor,i=s._$Eh.get(t);if(void 0!==i&&this._$Em!==i){const t=s.getPropertyOptions(i),r="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:y;this._$Em=i;const o=r.fromAttribute(e,t.type);this[i]=o??this._$Ej?.get(i)??o,this._$Em=null}}requestUpdate(t,e,s,i=!1,r){if(void 0!==t){const o=this.constructor;if(!1===i&&(r=this[t]),s??=o.getPropertyOptions(t),!((s.hasChanged??$)(r,e)||s.useDefault&&s.reflect&&r===this._$Ej?.get(t)&&!this.hasAttribute(o._$Eu(t,s))))return;this.C(t,e,s)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(t,e,{useDefault:s,reflect:i,wrapped:r},o){s&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,o??e??this[t]),!0!==r||void 0!==o)||(this._$AL.has(t)||(this.hasUpdated||s||(e=void 0),this._$AL.set(t,e)),!0===i&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}const t=this.scheduleUpdate();return null!=t&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[t,e]of this._$Ep)this[t]=e;this._$Ep=void 0}const t=this.constructor.elementProperties;if(t.size>0)for(const[e,s]of t){const{wrapped:t}=s,i=this[e];!0!==t||this._$AL.has(e)||void 0===i||this.C(e,void 0,s,i)}}let t=!1;const e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(e){throw t=!1,this._$EM(),e}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(t){}firstUpdated(t){}};x.elementStyles=[],x.shadowRootOptions={mode:"open"},x[b("elementProperties")]=new Map,x[b("finalized")]=new Map,v?.({ReactiveElement:x}),(g.reactiveElementVersions??=[]).push("2.1.2");const _=globalThis,A=t=>t,S=_.trustedTypes,C=S?S.createPolicy("lit-html",{createHTML:t=>t}):void 0,E="$lit$",T=`lit$${Math.random().toFixed(9).slice(2)}$`,M="?"+T,z=`<${M}>`,N=document,L=()=>N.createComment(""),U=t=>null===t||"object"!=typeof t&&"function"!=typeof t,P=Array.isArray,O="[ \t\n\f\r]",R=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,D=/-->/g,I=/>/g,j=RegExp(`>|${O}(?:([^\\s"'>=/]+)(${O}*=${O}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),B=/'/g,q=/"/g,F=/^(?:script|style|textarea|title)$/i,H=(t=>(e,...s)=>({_$litType$:t,strings:e,values:s}))(1),J=Symbol.for("lit-noChange"),W=Symbol.for("lit-nothing"),Z=new WeakMap,V=N.createTreeWalker(N,129);function K(t,e){if(!P(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==C?C.createHTML(e):e}const G=(t,e)=>{const s=t.length-1,i=[];let r,o=2===e?"<svg>":3===e?"<math>":"",n=R;for(let e=0;e<s;e++){const s=t[e];let a,l,d=-1,h=0;for(;h<s.length&&(n.lastIndex=h,l=n.exec(s),null!==l);)h=n.lastIndex,n===R?"!--"===l[1]?n=D:void 0!==l[1]?n=I:void 0!==l[2]?(F.test(l[2])&&(r=RegExp("</"+l[2],"g")),n=j):void 0!==l[3]&&(n=j):n===j?">"===l[0]?(n=r??R,d=-1):void 0===l[1]?d=-2:(d=n.lastIndex-l[2].length,a=l[1],n=void 0===l[3]?j:'"'===l[3]?q:B):n===q||n===B?n=j:n===D||n===I?n=R:(n=j,r=void 0);const c=n===j&&t[e+1].startsWith("/>")?" ":"";o+=n===R?s+z:d>=0?(i.push(a),s.slice(0,d)+E+s.slice(d)+T+c):s+T+(-2===d?e:c)}return[K(t,o+(t[s]||"<?>")+(2===e?"</svg>":3===e?"</math>":"")),i]};class X{constructor({strings:t,_$litType$:e},s){let i;this.parts=[];let r=0,o=0;const n=t.length-1,a=this.parts,[l,d]=G(t,e);if(this.el=X.createElement(l,s),V.currentNode=this.el.content,2===e||3===e){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}for(;null!==(i=V.nextNode())&&a.length<n;){if(1===i.nodeType){if(i.hasAttributes())for(const t of i.getAttributeNames())if(t.endsWith(E)){const e=d[o++],s=i.getAttribute(t).split(T),n=/([.?@])?(.*)/.exec(e);a.push({type:1,index:r,name:n[2],strings:s,ctor:"."===n[1]?st:"?"===n[1]?it:"@"===n[1]?rt:et}),i.removeAttribute(t)}else t.startsWith(T)&&(a.push({type:6,index:r}),i.removeAttribute(t));if(F.test(i.tagName)){const t=i.textContent.split(T),e=t.length-1;if(e>0){i.textContent=S?S.emptyScript:"";for(let s=0;s<e;s++)i.append(t[s],L()),V.nextNode(),a.push({type:2,index:++r});i.append(t[e],L())}}}else if(8===i.nodeType)if(i.data===M)a.push({type:2,index:r});else{let t=-1;for(;-1!==(t=i.data.indexOf(T,t+1));)a.push({type:7,index:r}),t+=T.length-1}r++}}static createElement(t,e){const s=N.createElement("template");return s.innerHTML=t,s}}function Y(t,e,s=t,i){if(e===J)return e;let r=void 0!==i?s._$Co?.[i]:s._$Cl;const o=U(e)?void 0:e._$litDirective$;return r?.constructor!==o&&(r?._$AO?.(!1),void 0===o?r=void 0:(r=new o(t),r._$AT(t,s,i)),void 0!==i?(s._$Co??=[])[i]=r:s._$Cl=r),void 0!==r&&(e=Y(t,r._$AS(t,e.values),r,i)),e}class Q{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){const{el:{content:e},parts:s}=this._$AD,i=(t?.creationScope??N).importNode(e,!0);V.currentNode=i;let r=V.nextNode(),o=0,n=0,a=s[0];for(;void 0!==a;){if(o===a.index){let e;2===a.type?e=new tt(r,r.nextSibling,this,t):1===a.type?e=new a.ctor(r,a.name,a.strings,this,t):6===a.type&&(e=new ot(r,this,t)),this._$AV.push(e),a=s[++n]}o!==a?.index&&(r=V.nextNode(),o++)}return V.currentNode=N,i}p(t){let e=0;for(const s of this._$AV)void 0!==s&&(void 0!==s.strings?(s._$AI(t,s,e),e+=s.strings.length-2):s._$AI(t[e])),e++}}class tt{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,s,i){this.type=2,this._$AH=W,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=s,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode;const e=this._$AM;return void 0!==e&&11===t?.nodeType&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=Y(this,t,e),U(t)?t===W||null==t||""===t?(this._$AH!==W&&this._$AR(),this._$AH=W):t!==this._$AH&&t!==J&&this._(t):void 0!==t._$litType$?this.$(t):void 0!==t.nodeType?this.T(t):(t=>P(t)||"function"==typeof t?.[Symbol.iterator])(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==W&&U(this._$AH)?this._$AA.nextSibling.data=t:this.T(N.createTextNode(t)),this._$AH=t}$(t){const{values:e,_$litType$:s}=t,i="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=X.createElement(K(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===i)this._$AH.p(e);else{const t=new Q(i,this),s=t.u(this.options);t.p(e),this.T(s),this._$AH=t}}_$AC(t){let e=Z.get(t.strings);return void 0===e&&Z.set(t.strings,e=new X(t)),e}k(t){P(this._$AH)||(this._$AH=[],this._$AR());const e=this._$AH;let s,i=0;for(const r of t)i===e.length?e.push(s=new tt(this.O(L()),this.O(L()),this,this.options)):s=e[i],s._$AI(r),i++;i<e.length&&(this._$AR(s&&s._$AB.nextSibling,i),e.length=i)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){const e=A(t).nextSibling;A(t).remove(),t=e}}setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}}class et{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,s,i,r){this.type=1,this._$AH=W,this._$AN=void 0,this.element=t,this.name=e,this._$AM=i,this.options=r,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=W}_$AI(t,e=this,s,i){const r=this.strings;let o=!1;if(void 0===r)t=Y(this,t,e,0),o=!U(t)||t!==this._$AH&&t!==J,o&&(this._$AH=t);else{const i=t;let n,a;for(t=r[0],n=0;n<r.length-1;n++)a=Y(this,i[s+n],e,n),a===J&&(a=this._$AH[n]),o||=!U(a)||a!==this._$AH[n],a===W?t=W:t!==W&&(t+=(a??"")+r[n+1]),this._$AH[n]=a}o&&!i&&this.j(t)}j(t){t===W?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}}class st extends et{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===W?void 0:t}}class it extends et{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==W)}}class rt extends et{constructor(t,e,s,i,r){super(t,e,s,i,r),this.type=5}_$AI(t,e=this){if((t=Y(this,t,e,0)??W)===J)return;const s=this._$AH,i=t===W&&s!==W||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,r=t!==W&&(s===W||i);i&&this.element.removeEventListener(this.name,this,s),r&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}}class ot{constructor(t,e,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){Y(this,t)}}const nt=_.litHtmlPolyfillSupport;nt?.(X,tt),(_.litHtmlVersions??=[]).push("3.3.3");const at=globalThis;let lt=class extends x{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){const e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=((t,e,s)=>{const i=s?.renderBefore??e;let r=i._$litPart$;if(void 0===r){const t=s?.renderBefore??null;i._$litPart$=r=new tt(e.insertBefore(L(),t),t,void 0,s??{})}return r._$AI(t),r})(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return J}};lt._$litElement$=!0,lt.finalized=!0,at.litElementHydrateSupport?.({LitElement:lt});const dt=at.litElementPolyfillSupport;dt?.({LitElement:lt}),(at.litElementVersions??=[]).push("4.2.2");const ht={attribute:!0,type:String,converter:y,reflect:!1,hasChanged:$},ct=(t=ht,e,s)=>{const{kind:i,metadata:r}=s;let o=globalThis.litPropertyMetadata.get(r);if(void 0===o&&globalThis.litPropertyMetadata.set(r,o=new Map),"setter"===i&&((t=Object.create(t)).wrapped=!0),o.set(s.name,t),"accessor"===i){const{name:i}=s;return{set(s){const r=e.get.call(this);e.set.call(this,s),this.requestUpdate(i,r,t,!0,s)},init(e){return void 0!==e&&this.C(i,void 0,t,e),e}}}if("setter"===i){const{name:i}=s;return function(s){const r=this[i];e.call(this,s),this.requestUpdate(i,r,t,!0,s)}}throw Error("Unsupported decorator location: "+i)};function pt(t){return(e,s)=>"object"==typeof s?ct(t,e,s):((t,e,s)=>{const i=e.hasOwnProperty(s);return e.constructor.createProperty(s,t),i?Object.getOwnPropertyDescriptor(e,s):void 0})(t,e,s)}function ut(t){return pt({...t,state:!0,attribute:!1})}class mt extends CustomEvent{constructor(t){super("we-error",{bubbles:!0,composed:!0,detail:t})}}class gt extends Event{constructor(){super("we-load",{bubbles:!0,composed:!0})}}class ft extends Error{}const wt=0,vt=1,bt=2,yt=3,$t=4,kt=5,xt=t=>32===t||10===t||13===t||9===t,_t=/["\\]/g;class At{constructor(){this.mode=wt,this.carry="",this.depth=0,this.inString=!1,this.escaped=!1,this.bare=!1,this.afterComma=!1,this.whole=[],this.offset=0,this.count=0}get notList(){return this.mode===kt}push(t){const e=[];if(this.mode===kt)return this.whole.push(t),e;let s=this.mode===bt?0:-1,i=0;const r=t.length,o=t=>{throw new ft(`${t} at position ${this.offset+i}`)},n=i=>{const r=this.carry+t.slice(s,i);this.carry="";try{e.push(JSON.parse(r))}catch(t){throw new ft(`${t.message} (in item ${this.count} of the list)`)}this.count++,this.mode=yt,s=-1};for(;i<r;){if(this.mode===bt){if(this.inString){if(this.escaped){this.escaped=!1,i++;continue}_t.lastIndex=i;const e=_t.exec(t);if(!e){i=r;break}if(i=e.index+1,"\\"===e[0]){i<r?i++:this.escaped=!0;continue}this.inString=!1,0===this.depth&&n(i);continue}const e=t.charCodeAt(i);if(this.bare){if(44===e||93===e||xt(e)){this.bare=!1,n(i);continue}i++;continue}i++,34===e?this.inString=!0:123===e||91===e?this.depth++:125!==e&&93!==e||0!==--this.depth||n(i);continue}const a=t.charCodeAt(i);if(xt(a))i++;else switch(this.mode){case wt:if(91!==a)return this.mode=kt,this.whole.push(t.slice(i)),this.offset+=r,e;this.mode=vt,this.afterComma=!1,i++;break;case vt:if(93===a){this.afterComma&&o('Unexpected "]" after ","'),this.mode=$t,i++;break}this.mode=bt,s=i,this.depth=0,123===a||91===a?this.depth=1:34===a?this.inString=!0:44===a?o('Unexpected ","'):this.bare=!0,i++;break;case yt:44===a?(this.mode=vt,this.afterComma=!0):93===a?this.mode=$t:o(`Unexpected ${JSON.stringify(t[i])}, expected "," or "]"`),i++;break;default:o(`Unexpected ${JSON.stringify(t[i])} after the end of the list`)}}return this.mode===bt&&-1!==s&&(this.carry+=t.slice(s)),this.offset+=r,e}end(){if(this.mode===kt){const t=this.whole.join("");this.whole=[];try{return JSON.parse(t)}catch(t){throw new ft(t.message)}}if(this.mode===wt)throw new ft("Unexpected end of JSON input (the response is empty)");if(this.mode!==$t)throw new ft(`Unexpected end of JSON input at position ${this.offset}`)}}let St;const Ct=[];function Et(t){St||(St=new MessageChannel,St.port1.onmessage=()=>Ct.shift()?.run?.());const e={run:t};return Ct.push(e),St.port2.postMessage(null),()=>e.run=void 0}const Tt=()=>new Promise(t=>Et(t)),Mt=new Set(["http:","https:","mailto:"]),zt=new Set(["http:","https:"]),Nt=/^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i;function Lt(t,e="link"){return Ut(t,e).problem}function Ut(t,e){if("string"!=typeof t)return{problem:`expected a URL string, got ${Ot(t)}`};if(""===t.trim())return{problem:"empty URL"};let s;try{s=new URL(t,"undefined"==typeof document?"https://example.invalid/":document.baseURI)}catch{return{problem:`not a valid URL: ${JSON.stringify(t.slice(0,80))}`}}if("link"===e&&Mt.has(s.protocol))return{url:s};if("image"===e&&zt.has(s.protocol))return{url:s};if("image"===e&&"data:"===s.protocol&&Nt.test(s.href))return{url:s};const i="link"===e?"http:, https: or mailto:":"http:, https: or a data:image";return{problem:`unsafe URL scheme "${s.protocol}" (only ${i} allowed)`}}function Pt(t,e="link"){return Ut(t,e).url?.href}function Ot(t){return null===t?"null":Array.isArray(t)?"an array":"object"==typeof t?"an object":"string"==typeof t?`the string ${JSON.stringify(t.length>40?t.slice(0,40)+"…":t)}`:`${"number"==typeof t?"the number":typeof t} ${String(t)}`}class Rt extends Error{}class Dt{constructor(t,e,s){this.obj=t,this.path=e,this.problems=s,this.seen=new Set}raw(t){return this.seen.add(t),this.obj[t]}has(t){const e=this.obj[t];return null!=e}warn(t,e){this.problems.push({path:t?`${this.path}.${t}`:this.path,message:e})}text(t){const e=this.raw(t);if(null!=e)return"string"==typeof e?e:"number"==typeof e&&Number.isFinite(e)?String(e):void this.warn(t,`expected a string, got ${Ot(e)}`)}requiredText(t,e){const s=this.has(t),i=this.text(t);if(void 0!==i&&""!==i.trim())return i;s?void 0!==i?this.warn(t,`empty (${e} skipped)`):this.problems[this.problems.length-1].message+=` (${e} skipped)`:this.warn(t,`missing (${e} skipped)`)}textList(t){const e=this.raw(t);if(null==e)return;if("string"==typeof e)return e.trim()?[e]:[];if("number"==typeof e&&Number.isFinite(e))return[String(e)];if(!Array.isArray(e))return void this.warn(t,`expected a string or a list of strings, got ${Ot(e)}`);const s=[];return e.forEach((e,i)=>{"string"==typeof e||"number"==typeof e&&Number.isFinite(e)?s.push(String(e)):this.problems.push({path:`${this.path}.${t}[${i}]`,message:`expected a string, got ${Ot(e)}`})}),s}url(t,e="link"){const s=this.raw(t);if(null==s||""===s)return;const i=Pt(s,e);return void 0===i&&this.warn(t,Lt(s,e)??"refused URL"),i}bool(t){const e=this.raw(t);if(null!=e)return"boolean"==typeof e?e:"true"===e||"false"===e?"true"===e:void this.warn(t,`expected true or false, got ${Ot(e)}`)}links(t){const e=this.raw(t);if(null!=e)return jt(e,`${this.path}.${t}`,this.problems,(t,e)=>{const s=It(t,e,this.problems,"link");if(!s)return;const i=s.requiredText("label","link"),r=s.has("url"),o=s.url("url");if(s.done(),void 0!==i){if(void 0!==o)return{label:i,url:o};r?this.problems[this.problems.length-1].message+=" (link skipped)":s.warn("url","missing (link skipped)")}})}done(){for(const t of Object.keys(this.obj))this.seen.has(t)||this.warn(t,"unknown field, ignored")}}function It(t,e,s,i){if(null!==t&&"object"==typeof t&&!Array.isArray(t))return new Dt(t,e,s);s.push({path:e,message:`expected an object, got ${Ot(t)} (${i} skipped)`})}function jt(t,e,s,i){if(!Array.isArray(t))return s.push({path:e,message:`expected a list, got ${Ot(t)}`}),[];const r=[];return t.forEach((t,s)=>{const o=i(t,`${e}[${s}]`,s);void 0!==o&&r.push(o)}),r}function Bt(t,e,s){if(!Array.isArray(t))throw new Rt(`"${e}" must be a list (JSON array), got ${Ot(t)}`);const i=[],r=[];return t.forEach((t,o)=>{const n=s(t,`${e}[${o}]`,o,i);void 0!==n&&r.push(n)}),{data:r,problems:i}}class qt{constructor(t){this.tag=t,this.last=new Map}warn(t,e){this.last.get(t)!==e&&(this.last.set(t,e),console.warn(`<${this.tag}>: ${e}`))}problems(t,e){const s=e.length;0!==s&&console.warn(`<${this.tag}>: ${s} problem${1===s?"":"s"} in ${t}; everything else renders.\n${function(t){return t.map(t=>`  ${t.path}: ${t.message}`).join("\n")}(e)}`)}error(t){console.error(`<${this.tag}>: ${t}`)}}class Ft{constructor(t,e){this.attribute=t,this.message=e}}function Ht(t){return{fromAttribute(e){if(null!==e)try{return JSON.parse(e)}catch(e){return new Ft(t,e.message)}}}}class Jt{constructor(t,e){this.host=t,this.options=e,this.state={status:"empty"},this.lastValue=void 0,this.lastSrc=void 0,this.lastScript=null,this.started=!1,this.run=0,this.settledRun=-1,this.pending=Wt(),this.warnings=new qt(e.tag),t.addController(this)}hostConnected(){this.observer=new MutationObserver(()=>this.host.requestUpdate()),this.observer.observe(this.host,{childList:!0,subtree:!0,characterData:!0})}hostDisconnected(){this.observer?.disconnect()}get complete(){return this.pending?this.pending.promise:this.host.isUpdatePending?this.host.updateComplete.then(()=>this.complete):Promise.resolve()}hostUpdate(){this.sync()}hostUpdated(){this.pending&&this.settledRun===this.run&&(this.options.rendered?.()??!0)&&(this.pending.resolve(),this.pending=void 0)}sync(){const t=this.options.value(),e=this.options.src(),s=null!=t||e?null:this.scriptText();if(!this.started||t!==this.lastValue||e!==this.lastSrc||s!==this.lastScript)if(this.started=!0,this.run++,this.pending??=Wt(),this.lastValue=t,this.lastSrc=e,this.lastScript=s,this.abort?.abort(),this.abort=void 0,t instanceof Ft)this.fail(`the "${t.attribute}" attribute is not valid JSON: ${t.message}`,t.attribute);else if(null!=t){const e=this.host.hasAttribute(this.options.name)?"attribute":"property";this.accept(t,`the "${this.options.name}" ${e}`,this.options.name)}else if(e)this.load(e);else if(null!==s){let t;try{t=JSON.parse(s)}catch(t){return void this.fail(`the <script type="application/json"> child is not valid JSON: ${t.message}`,"script")}this.accept(t,'the <script type="application/json"> child',"script")}else this.state={status:"empty"},this.settledRun=this.run}scriptText(){return this.host.querySelector(':scope > script[type="application/json"]')?.textContent??null}async load(t){let e;try{e=new URL(t,document.baseURI).href}catch{return void this.fail(`src "${t}" is not a valid URL`,t)}const s=new AbortController;this.abort=s,this.state={status:"loading",url:t};try{const i=await fetch(e,{signal:s.signal,headers:{Accept:"application/json"}});if(!i.ok)throw new Error(`HTTP ${i.status}${i.statusText?" "+i.statusText:""}`);if(this.options.item&&i.body){if(!await this.stream(i.body,this.options.item(),t,s.signal))return}else{const e=await i.text();let r;try{r=JSON.parse(e)}catch(t){throw new Error(`not valid JSON: ${t.message}`)}if(s.signal.aborted)return;this.accept(r,`src "${t}"`,t)}}catch(e){if(s.signal.aborted)return;return this.fail(`could not load src "${t}": ${e.message}`,t),void this.host.requestUpdate()}this.host.requestUpdate(),"ready"===this.state.status&&this.host.dispatchEvent(new gt)}async stream(t,e,s,i){const r=t.getReader();i.addEventListener("abort",()=>{r.cancel().catch(()=>{})});const o=new TextDecoder,n=new At,a=this.itemsOf(e);let l=16384;const d=t=>{let e;try{e=n.push(t)}catch(t){if(t instanceof ft)throw new Error(`not valid JSON: ${t.message}`);throw t}for(const t of e)a.add(t)};let h,c=performance.now();for(;;){a.publish();const{done:t,value:e}=await r.read();if(i.aborted)return!1;const s=t?o.decode():o.decode(e,{stream:!0});for(let t=0,e=0;t<s.length;t=e)if(e=t+l,d(s.slice(t,e)),!(32768===l&&performance.now()-c<25)){if(l=32768,a.publish(),await Tt(),i.aborted)return!1;c=performance.now()}if(t)break}try{h=n.end()}catch(t){throw new Error(`not valid JSON: ${t.message}`)}return n.notList?this.accept(h,`src "${s}"`,s):this.ready({data:a.data,problems:a.problems},`src "${s}"`),!0}accept(t,e,s){if(this.options.item&&Array.isArray(t)&&t.length>500){const s=new AbortController;return this.abort=s,void this.acceptInTasks(t,this.options.item(),e,s.signal)}let i;try{i=this.options.validate(t)}catch(t){if(!(t instanceof Rt))throw t;return void this.fail(`${e}: ${t.message}`,s)}this.ready(i,e)}async acceptInTasks(t,e,s,i){const r=this.itemsOf(e);for(let e=0;e<t.length;){const s=performance.now()+25;do{r.add(t[e++])}while(e<t.length&&performance.now()<s);if(e===t.length)break;if(r.publish(),await Tt(),i.aborted)return}this.ready({data:r.data,problems:r.problems},s),this.host.requestUpdate()}itemsOf(t){const e=[],s=[];let i=0,r=0;return{data:e,problems:s,add:r=>{const o=t(r,`${this.options.name}[${i}]`,i,s);i++,void 0!==o&&e.push(o)},publish:()=>{e.length!==r&&(r=e.length,this.state={status:"ready",data:e.slice(),problems:s,partial:!0},this.host.requestUpdate())}}}ready(t,e){this.state={status:"ready",data:t.data,problems:t.problems},this.settledRun=this.run,this.warnings.problems(e,t.problems)}fail(t,e){this.state={status:"error",message:t},this.settledRun=this.run,this.warnings.error(t),queueMicrotask(()=>this.host.dispatchEvent(new mt({message:t,source:e})))}}function Wt(){let t;const e=new Promise(e=>t=e);return{promise:e,resolve:t}}class Zt extends CustomEvent{constructor(t){super("we-calendar-download",{bubbles:!0,composed:!0,cancelable:!0,detail:t})}}function Vt(t,e,s,i){const r=URL.createObjectURL(new Blob([e],{type:i})),o=document.createElement("a");o.href=r,o.download=s,o.hidden=!0,t.appendChild(o),o.click(),o.remove(),setTimeout(()=>URL.revokeObjectURL(r),1e4)}class Kt extends CustomEvent{constructor(t){super("we-fragment-target",{bubbles:!0,composed:!0,detail:t})}}let Gt;class Xt{constructor(t,e=e=>t.shadowRoot?.getElementById(e)??null,s){this.host=t,this.find=e,this.source=s,this.pending=!0,this.onHashChange=()=>{this.pending=!0,this.reveal()},this.warnings=new qt(t.localName),t.addController(this)}hostConnected(){window.addEventListener("hashchange",this.onHashChange),this.pending=!0}hostDisconnected(){window.removeEventListener("hashchange",this.onHashChange)}hostUpdated(){this.pending&&this.reveal()}reveal(){let t=location.hash.slice(1);try{t=decodeURIComponent(t)}catch{}if(!t)return void(this.pending=!1);if(document.getElementById(t)){const e=this.source?.(t);return e&&this.warnings.warn("fragment",`${e} "${t}" is also the id of an element of the page, where #${t} leads; give it another id to link to it`),void(!e&&this.source||(this.pending=!1))}const e=Gt?.hash===location.hash?Gt.controller:void 0;if(e&&e!==this&&e.host.isConnected&&Yt(e.host,this.host))return void(this.pending=!1);const s=this.find(t);s&&(this.pending=!1,e&&e!==this&&e.release(),Gt={hash:location.hash,controller:this},this.current?.removeAttribute("data-fragment-target"),this.current=s,s.setAttribute("data-fragment-target",""),s.hasAttribute("tabindex")||s.setAttribute("tabindex","-1"),s.scrollIntoView({block:"start"}),s.focus({preventScroll:!0}),this.host.dispatchEvent(new Kt({id:t})))}release(){this.current?.removeAttribute("data-fragment-target"),this.current=void 0}}const Yt=(t,e)=>!!(t.compareDocumentPosition(e)&Node.DOCUMENT_POSITION_FOLLOWING);function Qt(t,e){const s=e?.trim()??"";let i=1;if(t.isConnected){const e=t.getRootNode();for(const r of e.querySelectorAll(t.localName)){if(r===t)break;te(r)===s&&i++}}const r=(s?`, ${s}`:"")+(i>1?` (${i})`:"");return t=>t+r}const te=t=>(t.label??t.getAttribute("label")??"").toString().trim();function ee(t){if(t.parentElement)return t.parentElement;const e=t.getRootNode();return e instanceof ShadowRoot?e.host:null}function se(t){if(!t||"transparent"===t)return!1;const e=/\(([^)]*)\)$/.exec(t)?.[1]??"",s=e.split("/"),i=e.split(","),r=2===s.length?s[1]:4===i.length?i[3]:void 0;if(void 0===r)return!0;const o=r.trim();return o.endsWith("%")?parseFloat(o)>=100:parseFloat(o)>=1}class ie{constructor(t){this.host=t,this.media=matchMedia("(prefers-color-scheme: dark)"),this.observer=new MutationObserver(()=>this.update()),this.update=()=>{const t=this.host.shadowRoot;if(!t||!("adoptedStyleSheets"in t))return;const e=function(t){for(let e=ee(t);e;e=ee(e)){const t=getComputedStyle(e).backgroundColor;if(se(t))return t}}(this.host);this.sheet||(this.sheet=new CSSStyleSheet,t.adoptedStyleSheets=[...t.adoptedStyleSheets,this.sheet]),this.sheet.replaceSync(e?`:host { --_we-page-bg: ${e}; }`:"")}}connect(){this.media.addEventListener("change",this.update);const t={attributes:!0,attributeFilter:["class","style","data-theme","data-bs-theme"]};this.observer.observe(document.documentElement,t),document.body&&this.observer.observe(document.body,t)}disconnect(){this.media.removeEventListener("change",this.update),this.observer.disconnect()}}function re(t,e,s){switch(e.status){case"loading":return H`<div part="loading" role="status">${s.loading}</div>`;case"error":return H`<div part="error" role="alert">
        <strong>&lt;${t}&gt; could not show its data.</strong> ${e.message}
      </div>`;case"empty":return H`<p part="empty">${s.empty}</p>`;default:return}}const oe=new Map;function ne(t){let e=oe.get(t);return void 0===e&&oe.set(t,e=function(t){const e=/^(https?:)\/\/([^/?#@]*)(?=[/?#]|$)/.exec(t);if(e&&e[2]===e[2].toLowerCase())return e[1]!==location.protocol||e[2]!==location.host;try{const e=new URL(t,document.baseURI);return"mailto:"!==e.protocol&&e.origin!==location.origin}catch{return!1}}(t)),e?"noopener noreferrer":void 0}function ae(t,e,s){return H`<a href=${t} part=${s??W} rel=${ne(t)??W}>${e}</a>`}const le=new Map;function de(t,e){const s=`${t}|${JSON.stringify(e)}`;let i=le.get(s);if(!i){try{i=new Intl.DateTimeFormat(t,e)}catch{i=new Intl.DateTimeFormat(void 0,e)}le.set(s,i)}return i}function he(t,e,s,i=!1){return de(s,{hour:"numeric",minute:"2-digit",timeZone:e,...i?{timeZoneName:"short"}:{}}).format(t)}function ce(t,e,s){return de(s,{hour:"numeric",timeZone:e,timeZoneName:"short"}).formatToParts(t).find(t=>"timeZoneName"===t.type)?.value??""}function pe(t,e,s=!1){return de(e,s?{weekday:"short",month:"short",day:"numeric",timeZone:"UTC"}:{weekday:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}).format(Date.parse(`${t}T12:00:00Z`))}const ue={talk:"Talk",keynote:"Invited talk",spotlights:"Spotlights",poster:"Posters",panel:"Panel",break:"Break",remarks:"Remarks",other:"Session"};function me(t){let e=2166136261;for(let s=0;s<t.length;s++)e^=t.charCodeAt(s),e=Math.imul(e,16777619);return e>>>0}function ge(t){return t.replace(/\r\n?/g,"\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g,"").replace(/[\\;,]/g,t=>`\\${t}`).replace(/\n/g,"\\n")}function fe(t){return t<128?1:t<2048?2:t<65536?3:4}function we(t){if(t.length<=75&&/^[\x20-\x7e]*$/.test(t))return t;const e=[];let s="",i=0;for(const r of t){const t=fe(r.codePointAt(0));i+t>75&&(e.push(s),s=" ",i=1),s+=r,i+=t}return e.push(s),e.join("\r\n")}function ve(t){return new Date(t).toISOString().replace(/[-:]/g,"").replace(/\.\d{3}/,"")}function be(t){const e=t.replace(/[^A-Za-z0-9._-]+/g,"-").slice(0,120)||"session";return e===t?e:`${e}-${ye(t)}`}const ye=t=>me(t).toString(36);function $e(t,e={}){const s=ve(e.stamp??Date.now()),i=["BEGIN:VCALENDAR","VERSION:2.0",`PRODID:-//workshop-elements//${e.product??"workshop-schedule"}//EN`,"CALSCALE:GREGORIAN","METHOD:PUBLISH"];e.name&&i.push(`X-WR-CALNAME:${ge(e.name)}`);for(const e of t)i.push("BEGIN:VEVENT",`UID:${e.uid}`,`DTSTAMP:${s}`,`DTSTART:${ve(e.start)}`),void 0!==e.end&&i.push(`DTEND:${ve(e.end)}`),i.push(`SUMMARY:${ge(e.summary)}`),e.description&&i.push(`DESCRIPTION:${ge(e.description)}`),e.location&&i.push(`LOCATION:${ge(e.location)}`),e.url&&i.push(`URL:${e.url.replace(/[\u0000-\u001f\u007f]/g,"")}`),e.categories?.length&&i.push(`CATEGORIES:${e.categories.map(ge).join(",")}`),e.alarm&&i.push("BEGIN:VALARM","ACTION:DISPLAY",`TRIGGER${e.alarm.trigger}`,`DESCRIPTION:${ge(e.alarm.description)}`,"END:VALARM"),i.push("END:VEVENT");return i.push("END:VCALENDAR"),i.map(we).join("\r\n")+"\r\n"}function ke(t,e){const s=t=>t.map(t=>t.affiliation?`${t.name} (${t.affiliation})`:t.name).join(", "),i=[];t.speakers.length&&i.push(s(t.speakers));for(const e of t.items)i.push(`• ${e.title||"TBA"}${e.speakers.length?` — ${s(e.speakers)}`:""}`);t.abstract&&i.push("",t.abstract);for(const e of t.links)i.push(`${e.label}: ${e.url}`);return i.push("",e),i.join("\n").trim()}let xe=class{constructor(t){this.host=t,this.time=Date.now(),t.addController(this)}hostConnected(){this.time=Date.now(),this.timer=setInterval(()=>{this.time=Date.now(),this.host.requestUpdate()},3e4)}hostDisconnected(){clearInterval(this.timer),this.timer=void 0}};class _e extends CustomEvent{constructor(t){super("we-favorites-change",{bubbles:!0,composed:!0,detail:t})}}const Ae="my-program=";function Se(){try{return window.localStorage}catch{return}}class Ce{constructor(t,e){this.host=t,this.openMyProgram=e,this.favorites=[],this.localTime=!1,this.openShared=()=>{const t=function(t){const e=t.replace(/^#/,"");if(e.startsWith(Ae))return e.slice(11).split(",").filter(Boolean).map(t=>{try{return decodeURIComponent(t)}catch{return t}})}(location.hash);if(!t)return;const e=t.filter(t=>!this.has(t));this.openMyProgram(),e.length&&this.set([...this.favorites,...e])},t.addController(this)}hostConnected(){this.favorites=function(t){try{const e=JSON.parse(Se()?.getItem(t)??"[]");return Array.isArray(e)?e.filter(t=>"string"==typeof t):[]}catch{return[]}}(this.key("favorites")),this.localTime=function(t){try{return"true"===Se()?.getItem(t)}catch{return!1}}(this.key("local-time")),this.openShared(),window.addEventListener("hashchange",this.openShared)}hostDisconnected(){window.removeEventListener("hashchange",this.openShared)}has(t){return this.favorites.includes(t)}toggle(t){this.set(this.has(t)?this.favorites.filter(e=>e!==t):[...this.favorites,t])}toggleLocalTime(){this.localTime=!this.localTime,function(t,e){try{Se()?.setItem(t,String(e))}catch{}}(this.key("local-time"),this.localTime),this.host.requestUpdate()}shareUrl(){const t=new URL(location.href);var e;return t.hash=(e=this.favorites,Ae+[...e].map(encodeURIComponent).join(",")),t.href}set(t){this.favorites=t,function(t,e){try{Se()?.setItem(t,JSON.stringify([...e]))}catch{}}(this.key("favorites"),t),this.host.requestUpdate(),this.host.dispatchEvent(new _e({favorites:[...t]}))}key(t){return function(t,e,s=""){return`workshop-schedule:${t}:${e}${s?`#${s}`:""}`}(t,location.pathname,this.host.id)}}function Ee(t){return t.normalize("NFKD").replace(/[\u0300-\u036f]/g,"").toLowerCase()}const Te=new WeakMap;function Me(t,e){if(e.only&&!e.only.has(t.id))return!1;if(e.track&&t.track!==e.track)return!1;if(e.room&&t.room!==e.room)return!1;const s=Ee(e.query).split(/\s+/).filter(Boolean);if(!s.length)return!0;const i=function(t){let e=Te.get(t);void 0===e&&(e=Ee([...[t,...t.items].flatMap(t=>[t.title,t.abstract??"",...t.speakers.flatMap(t=>[t.name,t.affiliation??""])]),t.room??"",t.track??""].join("\n")),Te.set(t,e));return e}(t);return s.every(t=>i.includes(t))}const ze=new Map;function Ne(t){let e=ze.get(t);return e||(e=new Intl.DateTimeFormat("en-US",{timeZone:t,hourCycle:"h23",year:"numeric",month:"numeric",day:"numeric",hour:"numeric",minute:"numeric",second:"numeric",era:"short"}),ze.set(t,e)),e}function Le(t){try{return Ne(t),!0}catch{return!1}}function Ue(){return(new Intl.DateTimeFormat).resolvedOptions().timeZone||"UTC"}function Pe(t,e){const s={};for(const i of Ne(e).formatToParts(new Date(t)))s[i.type]=i.value;let i=Number(s.year);return"BC"!==s.era&&"B"!==s.era||(i=1-i),{year:i,month:Number(s.month),day:Number(s.day),hour:Number(s.hour)%24,minute:Number(s.minute),second:Number(s.second)}}function Oe(t){const e=new Date(Date.UTC(2e3,t.month-1,t.day,t.hour,t.minute,t.second));return e.setUTCFullYear(t.year),e.getTime()}function Re(t,e){const s=1e3*Math.floor(t/1e3);return Oe(Pe(s,e))-s}const De=864e5;function Ie(t,e){const s=Oe(t),i=`${e}|${s}`;let r=je.get(i);return void 0===r&&(r=function(t,e){const s=Re(t-De,e),i=Re(t+De,e),r=[t-s,t-i].filter(s=>Re(s,e)===t-s);return r.length?Math.min(...r):t-s}(s,e),je.set(i,r)),r}const je=new Map;function Be(t,e){const s=Pe(t,e);return`${String(s.year).padStart(4,"0")}-${qe(s.month)}-${qe(s.day)}`}function qe(t){return String(t).padStart(2,"0")}function Fe(t,e){return Math.round((Date.parse(`${e}T00:00Z`)-Date.parse(`${t}T00:00Z`))/De)}function He(t,e,s){const i=`heading-${t.key}`,r=t.parallel,o=function(t,e){const s=new Set;let i;for(const r of t.sessions)t.sections.has(r.id)&&(i=r.id),i&&e.visible.has(r.id)&&s.add(i);return s}(t,e),n=pe(t.key,e.lang);return H`<section part="day" class="day" id=${`day-${t.key}`} aria-label=${e.landmark(n)}>
    <div part="heading day-heading" class="day-heading" role="heading" aria-level=${e.level} id=${i}>
      ${n}
    </div>
    ${r?H`<div part="rooms" class="rooms" aria-hidden="true" style=${`--_we-rooms:${t.rooms.length}`}>
            ${t.rooms.map(t=>H`<div part="room-heading">${t}</div>`)}
          </div>`:W}
    <ol
      part="sessions"
      class=${r?"sessions grid":"sessions"}
      style=${`--_we-rooms:${t.rooms.length||1}`}
      aria-labelledby=${i}
    >
      ${t.sessions.map(i=>{const n=t.sections.get(i.id);return H`${n?H`<li
                part="section"
                class="section"
                ?hidden=${!o.has(i.id)}
                style=${r?`grid-row:${n.row};grid-column:1/-1`:W}
              >
                <div
                  part="heading section-heading"
                  class="section-heading"
                  role="heading"
                  aria-level=${Math.min(6,e.level+1)}
                >
                  ${n.title}
                </div>
              </li>`:W}${function(t,e,s,i){const r=e.parallel?e.cells.get(t.id):void 0,o=s.live.has(t.id),n=s.favorites.has(t.id),a=t.title||"TBA",l=s.localTime?Fe(t.day,Be(t.start,s.shown)):0;return H`<li
    id=${t.id}
    part=${`session ${t.type}${o?" live":""}`}
    class=${`session type-${t.type}${o?" is-live":""}`}
    ?hidden=${!s.visible.has(t.id)}
    aria-current=${o?"time":W}
    style=${r?`grid-row:${r.row}/${r.rowEnd};grid-column:${r.col}/${r.colEnd}`:W}
  >
    <p class="when">
      <time part="time" datetime=${new Date(t.start).toISOString()}
        >${he(t.start,s.shown,s.lang,t.openEnd||ce(t.start,s.shown,s.lang)!==ce(t.end,s.shown,s.lang))}</time
      >${t.openEnd?W:H`–<time part="time" datetime=${new Date(t.end).toISOString()}
                >${he(t.end,s.shown,s.lang,!0)}</time
              >`}
      ${l?H`<span part="day-shift" class="day-shift" title=${pe(Be(t.start,s.shown),s.lang)}
              >${l>0?`+${l}`:"−"+-l} day${Math.abs(l)>1?"s":""}</span
            >`:W}
    </p>
    <div class="body">
      <p class="meta">
        <span part="kind" class="kind">${ue[t.type]}</span>
        ${o?H`<span part="live-badge" class="live-badge">Live now</span>`:W}
        ${t.room?H`<span part="room" class="room">${t.room}</span>`:W}
        ${t.track?H`<span part="track" class="track">${t.track}</span>`:W}
      </p>
      <p part="title" class=${t.title?"title":"title tba"}>${a}</p>
      ${Je(t)}
      ${t.items.length?H`<ol part="nested" class="nested">
              ${t.items.map(t=>H`<li id=${t.id??W}>
                    <span class=${t.title?"title":"title tba"}>${t.title||"TBA"}</span>${Je(t)}
                  </li>`)}
            </ol>`:W}
    </div>
    <div class="actions">
      ${"break"===t.type?W:H`<button
              type="button"
              part="star"
              class="star"
              aria-pressed=${n?"true":"false"}
              aria-label=${`My program: ${a}`}
              @click=${()=>i.toggleFavorite(t.id)}
            >
              <span aria-hidden="true">${n?"★":"☆"}</span>
            </button>`}
      <button type="button" part="calendar-button" @click=${()=>i.download([t],`${t.id}.ics`)}>
        Add to calendar<span class="visually-hidden">: ${a}</span>
      </button>
    </div>
  </li>`}(i,t,e,s)}`})}
    </ol>
  </section>`}function Je(t){return H`${t.speakers.length?H`<p part="speakers" class="speakers">
          ${t.speakers.map((t,e)=>H`${e?", ":""}${t.url?ae(t.url,t.name):H`<span>${t.name}</span>`}${t.affiliation?H` <span class="affiliation">(${t.affiliation})</span>`:W}`)}
        </p>`:W}
  ${t.abstract?H`<details part="abstract" class="abstract">
          <summary>Abstract</summary>
          <p>${t.abstract}</p>
        </details>`:W}
  ${t.links.length?H`<ul part="links" class="links">
          ${t.links.map(t=>H`<li>${ae(t.url,t.label)}</li>`)}
        </ul>`:W}`}function We(t){return t.normalize("NFKD").replace(/[\u0300-\u036f]/g,"").toLowerCase().replace(/[^a-z0-9]+/g,"-").replace(/^-+|-+$/g,"").slice(0,64).replace(/-+$/,"")}function Ze(t,e,s){if("instant"===t.kind)return t.instant;const[i,r,o]=(t.date??s).split("-").map(Number);return Ie({year:i,month:r,day:o,hour:0,minute:0,second:t.seconds},e)}function Ve(t,e,s){const i=[],r=new Set,o=t=>{let e=t;for(let s=2;r.has(e);s++)e=`${t}-${s}`;return r.add(e),e},n=t=>({...t,id:t.id?o(t.id):t.title?o(We(t.title)||"talk"):void 0}),a=[],l=[],d=t.map(t=>{const r=Ze(t.start,e,s);let o=t.end?Ze(t.end,e,s):void 0;return void 0!==o&&o<=r&&(i.push({path:`${t.path}.end`,message:"not after start (ignored: the session ends when the next one starts)"}),o=void 0),t.room&&!a.includes(t.room)&&a.push(t.room),t.track&&!l.includes(t.track)&&l.push(t.track),{s:t,start:r,end:o,day:Be(r,e)}}),h=new Map;for(const{s:t}of d)t.id&&h.set(t,o(t.id));for(const{s:t,start:e}of d)t.id||h.set(t,o(We(t.title)||`session-${new Date(e).toISOString().slice(0,16).replace(/\D/g,"")}`));const c=t=>void 0===t?-1:a.indexOf(t);d.sort((t,e)=>t.start-e.start||c(t.s.room)-c(e.s.room));const p=d.map(({s:t,start:e,end:s,day:i},r)=>{let o=!1;if(void 0===s){const n=d.slice(r+1).find(s=>s.start>e&&(!t.room||!s.s.room||s.s.room===t.room)&&s.day===i);n?s=n.start:(s=e+18e5,o=!0)}return{...t,id:h.get(t),start:e,end:s,openEnd:o,day:i,items:t.items.map(n)}}),u=new Map;for(const t of p)u.set(t.day,[...u.get(t.day)??[],t]);const m=[...u.keys()].sort().map(t=>function(t,e,s,i=[]){const r=s.filter(t=>e.some(e=>e.room===t)),o=(t,e)=>t.start<e.end&&e.start<t.end;let n=e.some((t,s)=>e.slice(s+1).some(e=>t.room&&e.room&&t.room!==e.room&&o(t,e)));if(n){const t=e.flatMap((t,s)=>e.slice(s+1).filter(e=>(!t.room||!e.room||t.room===e.room)&&o(t,e)).map(e=>({a:t,b:e})));for(const{a:e,b:s}of t){const t=e.room&&s.room?`in room "${e.room}"`:"while it spans all rooms";i.push({path:`${s.path??s.id}.start`,message:`overlaps "${e.title||e.id}" (${e.path??e.id}) ${t}; this day is shown as a list`})}t.length&&(n=!1)}const a=new Map,l=new Map;let d;for(const t of e)t.section&&t.section!==d&&!l.has(t.start)&&l.set(t.start,{id:t.id,title:t.section}),d=t.section;const h=[...new Set(e.flatMap(t=>[t.start,t.end]))].sort((t,e)=>t-e),c=new Map,p=new Map;let u=1;for(const t of h){const e=l.get(t);e?(p.set(t,u),a.set(e.id,{title:e.title,row:u}),u++):p.set(t,u),c.set(t,u),u++}const m=new Map;for(const t of e){const e=t.room?r.indexOf(t.room)+1:1;m.set(t.id,{row:c.get(t.start),rowEnd:p.get(t.end),col:e,colEnd:t.room?e+1:-1})}return{key:t,sessions:e,rooms:r,parallel:n,cells:m,sections:a}}(t,u.get(t),a,i));return{sessions:p,days:m,rooms:a,tracks:l,problems:i}}const Ke=["talk","keynote","spotlights","poster","panel","break","remarks","other"],Ge=/^(\d{1,2}):(\d{2})(?::(\d{2}))?$/,Xe=/^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:(Z|[+-]\d{2}(?::?\d{2})?)|( [+-]\d{4}))?$/i,Ye=/^(\d{4})-(\d{2})-(\d{2})$/;function Qe(t){const e=Ye.exec(t);if(!e)return!1;const s=new Date(Date.UTC(+e[1],+e[2]-1,+e[3]));return s.getUTCFullYear()===+e[1]&&s.getUTCMonth()===+e[2]-1&&s.getUTCDate()===+e[3]}function ts(t,e,s){const i=3600*+t+60*+e+ +(s??0);if(!(+e>59||+(s??0)>59||i>86400))return i}function es(t,e){const s=t.raw(e);if(null==s)return;const i=function(t){if("number"==typeof t)return Number.isInteger(t)&&t>=0&&t<=86400?{kind:"wall",seconds:t}:void 0;if("string"!=typeof t)return;const e=t.trim();let s=Ge.exec(e);if(s){const t=ts(s[1],s[2],s[3]);return void 0===t?void 0:{kind:"wall",seconds:t}}if(s=Xe.exec(e),!s)return;const i=`${s[1]}-${s[2]}-${s[3]}`,r=ts(s[4],s[5],s[6]);if(!Qe(i)||void 0===r)return;const o=s[8]?.trim();if(!(s[7]||o&&"+0000"!==o))return{kind:"wall",date:i,seconds:r};const n=s[7]??o,a="Z"===n.toUpperCase()?"Z":n.replace(/^([+-]\d{2}):?(\d{2})?$/,(t,e,s)=>`${e}:${s??"00"}`),l=Date.parse(`${i}T00:00:00${a}`)+1e3*r;return Number.isFinite(l)?{kind:"instant",instant:l}:void 0}(s);return i?"string"==typeof s&&/ [+-]\d{4}$/.test(s.trim())&&!/ \+0000$/.test(s.trim())&&t.warn(e,`"${s}" looks like a YAML date-time that Jekyll converted to its own time zone; it is shown as that instant (quote the time in the YAML to keep it as written)`):t.warn(e,`expected a time like "08:30", "2019-12-13T08:30", "2019-12-13T08:30-08:00" or seconds after midnight, got ${Ot(s)}`),i??null}const ss=86400;function is(t){const e=t.raw("speakers");if(null==e)return[];return jt("string"==typeof e?[e]:e,`${t.path}.speakers`,t.problems,(e,s)=>{if("string"==typeof e)return e.trim()?{name:e}:void 0;const i=It(e,s,t.problems,"speaker");if(!i)return;const r=i.requiredText("name","speaker"),o=i.text("affiliation"),n=i.url("url");return i.done(),void 0===r?void 0:{name:r,affiliation:o,url:n}})}function rs(t,e){const s=t.text("id")?.trim()||void 0;let i=t.text("title");void 0!==i||t.has("title")||t.warn("title",`missing (${e} shown as "TBA")`),i=i?.trim()??"";let r="talk";const o=t.text("type");if(void 0!==o){const e=o.trim().toLowerCase();Ke.includes(e)?r=e:t.warn("type",`unknown type ${JSON.stringify(o)} (shown as a talk; known: ${Ke.join(", ")})`)}return{id:s,title:i,type:r,speakers:is(t),abstract:t.text("abstract")?.trim()||void 0,links:t.links("links")??[]}}function os(t){let e;return Bt(t,"items",(t,s,i,r)=>{const o=It(t,s,r,"item");if(!o)return;if(o.has("section")&&!o.has("start"))return e=o.text("section")?.trim()||void 0,void o.done();const n=es(o,"start");void 0===n?o.warn("start","missing (session skipped)"):null===n&&(r[r.length-1].message+=" (session skipped)");let a=es(o,"end")??void 0;const l=rs(o,"session"),d=o.text("room")?.trim()||void 0,h=o.text("track")?.trim()||void 0,c=o.has("items")?jt(o.raw("items"),`${s}.items`,r,(t,e)=>{const s=It(t,e,r,"nested session");if(!s)return;const i=rs(s,"nested session");return s.done(),i}):[];if(o.done(),n){if(a){const t="wall"===a.kind&&void 0===a.date;"wall"===a.kind&&void 0===a.date&&"wall"===n.kind&&n.date&&(a={...a,date:n.date});let e=function(t,e){return"instant"===t.kind&&"instant"===e.kind?(e.instant-t.instant)/1e3:"wall"===t.kind&&"wall"===e.kind&&t.date===e.date?e.seconds-t.seconds:void 0}(n,a);t&&"wall"===a.kind&&void 0!==e&&e<=0&&e+ss<=43200&&(a={...a,seconds:a.seconds+ss},e+=ss),void 0!==e&&e<=0&&(o.warn("end","not after start (ignored: the session ends when the next one starts)"),a=void 0)}return{...l,start:n,end:a,room:d,track:h,items:c,section:e,path:s}}})}const ns=a`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    line-height: var(--we-line-height, 1.45);
    --_we-link: var(--we-link-color, color-mix(in oklab, #0b57d0 68%, currentColor));
    --_we-accent: var(--we-accent-color, #0b57d0);
    --_we-on-accent: var(--we-on-accent-color, #ffffff);
    --_we-muted: var(--we-muted-color, color-mix(in srgb, currentColor 72%, transparent));
    --_we-border: var(--we-border-color, color-mix(in srgb, currentColor 18%, transparent));
    --_we-surface: var(--we-surface-color, color-mix(in srgb, currentColor 4%, transparent));
    --_we-radius: var(--we-radius, 8px);
    /* em, not rem: Bootstrap 3 pages set html { font-size: 10px } */
    --_we-gap: var(--we-gap, 1em);
    --_we-focus: var(--we-focus-color, color-mix(in oklab, #0b57d0 60%, currentColor));
    --_we-error: var(--we-error-color, color-mix(in oklab, #c5221f 70%, currentColor));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_we-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 2px solid var(--_we-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    min-height: 24px;
    min-width: 24px;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [part='error'] {
    border: 1px solid var(--_we-error);
    border-left-width: 4px;
    border-radius: var(--_we-radius);
    padding: 0.75em 1em;
    overflow-wrap: anywhere;
  }
  [part='error'] strong {
    color: var(--_we-error);
  }
  [part='loading'] {
    display: flex;
    align-items: center;
    gap: 0.6em;
    padding: 0.75em 0;
    color: var(--_we-muted);
  }
  [part='loading']::before {
    content: '';
    width: 1em;
    height: 1em;
    border: 2px solid var(--_we-border);
    border-top-color: var(--_we-accent);
    border-radius: 50%;
    animation: we-spin 0.8s linear infinite;
  }
  @keyframes we-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [part='loading']::before {
      animation: none;
    }
  }
  /* The session or paper named by the page's #fragment (see internal/fragment.ts). */
  [data-fragment-target] {
    scroll-margin-top: var(--we-scroll-margin, 4em);
    animation: we-flash 2.4s ease-out;
    outline: 2px solid var(--_we-accent);
    outline-offset: 2px;
  }
  @keyframes we-flash {
    from {
      background: color-mix(in srgb, var(--_we-accent) 25%, transparent);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [data-fragment-target] {
      animation: none;
    }
  }
  [part='empty'] {
    color: var(--_we-muted);
    padding: 0.5em 0;
  }
  @media print {
    button,
    [part~='controls'] {
      display: none !important;
    }
  }
`,as=[ns,a`
  :host {
    --_we-break: var(--we-schedule-break-color, color-mix(in srgb, currentColor 8%, transparent));
    /* Like the shared colours, mixed from the page text colour: readable on light and dark pages alike. */
    --_we-live: var(--we-schedule-live-color, color-mix(in oklab, #c5221f 72%, currentColor));
    --_we-star: var(--we-schedule-star-color, color-mix(in oklab, #b06000 75%, currentColor));
    --_we-sticky-top: var(--we-schedule-sticky-top, 0px);
    /* --_we-page-bg: the page's own background behind the element (internal/page-background.ts). */
    --_we-sticky-bg: var(--we-schedule-sticky-background, var(--_we-page-bg, Canvas));
    --_we-min-col: var(--we-schedule-grid-min-column, 9em);
    /* In em of the element, not rem: Bootstrap 3 pages set html { font-size: 10px }, which shrank the time column
       until every time range wrapped. The day heading is this tall (in the element's em) so the sticky room row
       sits right under it. */
    --_we-day-heading-height: 3em;
  }
  [hidden] {
    display: none !important;
  }
  .days {
    container-type: inline-size;
  }
  p,
  ol,
  ul {
    margin: 0;
    padding: 0;
  }

  /* Controls */
  .controls {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin-bottom: var(--_we-gap);
  }
  .toolbar,
  .filters,
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .toolbar button,
  .toolbar a {
    border: 1px solid var(--_we-border);
    border-radius: var(--_we-radius);
    background: var(--_we-surface);
    padding: 0.3em 0.7em;
    text-decoration: none;
    line-height: 1.3;
  }
  .toolbar a {
    color: var(--_we-link);
  }
  button[aria-pressed='true'] {
    background: var(--_we-accent);
    color: var(--_we-on-accent);
    border-color: var(--_we-accent);
  }
  .filters label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .filters input,
  .filters select {
    font: inherit;
    color: inherit;
    background: var(--_we-surface);
    border: 1px solid var(--_we-border);
    border-radius: var(--_we-radius);
    padding: 0.25em 0.5em;
    min-height: 2em;
  }
  .filters input {
    width: min(22em, 100%);
  }
  nav ul {
    list-style: none;
  }
  nav a {
    display: inline-block;
    padding: 0.2em 0.5em;
    min-height: 24px;
  }
  .status {
    color: var(--_we-muted);
    font-size: 0.9em;
  }
  .status:empty {
    display: none;
  }

  /* Days */
  .day + .day {
    margin-top: calc(var(--_we-gap) * 1.5);
  }
  .day-heading {
    position: sticky;
    top: var(--_we-sticky-top);
    z-index: 3;
    background: var(--_we-sticky-bg);
    font-size: 1.2em;
    font-weight: bold;
    line-height: 1.4;
    /* Its own em is 1.2 of the element's. */
    min-height: calc(var(--_we-day-heading-height) / 1.2);
    padding: 0.4em 0;
    border-bottom: 2px solid var(--_we-accent);
    margin-bottom: 0.5em;
  }
  .rooms {
    display: none;
  }

  /* Sessions: a time-sorted list (narrow) … */
  .sessions {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .section-heading {
    font-size: 1.05em;
    font-weight: bold;
    padding: 0.6em 0 0.2em;
    border-bottom: 1px solid var(--_we-border);
  }
  .session {
    display: grid;
    grid-template-columns: 12.5em minmax(0, 1fr) auto; /* "10:50 AM–11:30 AM GMT+2" on one line */
    gap: 0.25em 0.75em;
    align-items: start;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_we-border);
    border-radius: var(--_we-radius);
    background: var(--_we-surface);
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .session.type-break {
    background: var(--_we-break);
    border-style: dashed;
    padding-block: 0.3em;
  }
  .session.type-break .title {
    font-weight: normal;
    font-style: italic;
  }
  .session.is-live {
    border-left: 4px solid var(--_we-live);
  }
  .when {
    color: var(--_we-muted);
    font-variant-numeric: tabular-nums;
  }
  .when time {
    white-space: nowrap;
  }
  .day-shift {
    display: inline-block;
    margin-left: 0.25em;
    padding: 0 0.3em;
    border-radius: 4px;
    border: 1px solid currentColor;
    font-size: 0.8em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.6em;
    font-size: 0.85em;
    color: var(--_we-muted);
  }
  .kind {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .live-badge {
    color: var(--_we-live);
    font-weight: 700;
  }
  .title {
    font-weight: 600;
  }
  .tba {
    color: var(--_we-muted);
    font-style: italic;
  }
  .speakers {
    color: var(--_we-muted);
  }
  .speakers {
    margin-top: 0.15em;
  }
  .nested {
    margin: 0.35em 0 0 1.25em;
    padding: 0;
  }
  .nested li + li {
    margin-top: 0.2em;
  }
  .nested .title {
    font-weight: normal;
  }
  .abstract {
    margin-top: 0.3em;
  }
  .abstract summary {
    cursor: pointer;
    color: var(--_we-link);
    min-height: 24px;
    display: list-item;
  }
  .abstract p {
    margin-top: 0.3em;
    white-space: pre-line;
  }
  .links {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.8em;
    margin-top: 0.25em;
  }
  .actions {
    display: flex;
    gap: 0.3em;
  }
  .actions button {
    border: 1px solid var(--_we-border);
    border-radius: var(--_we-radius);
    background: transparent;
    padding: 0.1em 0.45em;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .star[aria-pressed='true'] {
    background: transparent;
    color: var(--_we-star);
    border-color: var(--_we-star);
  }

  @container (max-width: 36em) {
    .session {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .when {
      grid-column: 1 / -1;
    }
  }

  /* … or, when wide and rooms run in parallel, one column per room and rows by time. */
  @container (min-width: 48em) {
    .rooms,
    .sessions.grid {
      display: grid;
      grid-template-columns: repeat(var(--_we-rooms), minmax(min(var(--_we-min-col), 100%), 1fr));
      gap: 0.5em;
    }
    .rooms {
      position: sticky;
      top: calc(var(--_we-sticky-top) + var(--_we-day-heading-height));
      z-index: 2;
      background: var(--_we-sticky-bg);
      padding: 0.3em 0;
      margin-bottom: 0.5em;
      font-weight: 600;
      border-bottom: 1px solid var(--_we-border);
    }
    .sessions.grid .session {
      grid-template-columns: minmax(0, 1fr);
      align-content: start;
      font-size: 0.92em;
    }
    .sessions.grid .actions {
      justify-content: flex-end;
    }
    /* The column says the room to the eye; screen readers still hear it on each session (the room headings
       above the columns are aria-hidden). The declarations of .visually-hidden (internal/styles.ts), written out:
       a container query cannot switch a class on, and lit-analyzer rejects a css fragment inside a rule. */
    .sessions.grid .room {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
  }

  @media print {
    .session[hidden],
    .section[hidden] {
      display: grid !important;
    }
    .day-heading,
    .rooms {
      position: static;
    }
    .session {
      break-inside: avoid;
    }
    .actions {
      display: none;
    }
  }
`],ls="workshop-schedule";class ds extends lt{constructor(){super(...arguments),this.filterable=!1,this.headingLevel=3,this.myProgram=!1,this.query="",this.track="",this.room="",this.data=new Jt(this,{tag:ls,name:"items",value:()=>this.items,src:()=>this.src,validate:os}),this.fragment=new Xt(this,t=>{const e=this.shadowRoot?.getElementById(t)??null;return e?.closest("[hidden]")?((this.query||this.track||this.room||this.myProgram)&&queueMicrotask(()=>{this.query=this.track=this.room="",this.myProgram=!1}),null):e}),this.clock=new xe(this),this.mine=new Ce(this,()=>this.myProgram=!0),this.background=new ie(this),this.warnings=new qt(ls),this.actions={toggleFavorite:t=>this.mine.toggle(t),download:(t,e)=>this.downloadSessions(t,e)},this.toggleLocalTime=()=>this.mine.toggleLocalTime(),this.toggleMyProgram=()=>{this.myProgram=!this.myProgram},this.jumpTo=t=>{(t.currentTarget.getAttribute("href")??"")===location.hash&&(t.preventDefault(),this.fragment.reveal())}}get dataComplete(){return this.data.complete}connectedCallback(){super.connectedCallback(),this.background.connect(),this.hasUpdated&&this.background.update()}firstUpdated(){this.background.update()}disconnectedCallback(){super.disconnectedCallback(),this.background.disconnect()}willUpdate(){this.data.sync();const t=this.data.state;if(this.current=void 0,this.settingError=void 0,"ready"!==t.status)return;const e=this.timezone?.trim()||Ue();if(this.settingError=function(t,e){return Le(t)?e&&!Qe(e.trim())?{message:`date "${e}" is not a date like "2019-12-13"`,source:"date"}:void 0:{message:`timezone "${t}" is not an IANA time zone (like "America/Vancouver" or "UTC")`,source:"timezone"}}(e,this.date),this.settingError)return;const s=this.program(t,e);s.sessions.length&&(this.current={program:s,view:this.view(s,e)})}render(){return H`<div part="base" class="base">${this.renderContent()}</div>`}renderContent(){const t=this.data.state;if("ready"!==t.status)return re(ls,t,{loading:"Loading the program…",empty:"No program yet."});if(this.settingError)return re(ls,{status:"error",message:this.settingError.message},{loading:"",empty:""});if(!this.current)return H`<p part="empty">No sessions in the program yet.</p>`;const{program:e,view:s}=this.current;return H`<div class="days">
      ${this.renderControls(e,s)} ${e.days.map(t=>He(t,s,this.actions))}
    </div>`}updated(t){if(this.settingError!==this.reportedSetting&&(this.reportedSetting=this.settingError,this.settingError)){this.warnings.error(this.settingError.message);const t={message:this.settingError.message,source:this.settingError.source};queueMicrotask(()=>this.dispatchEvent(new mt(t)))}const e=this.built?.program;e&&e!==this.reportedProgram&&!this.settingError&&(this.reportedProgram=e,this.warnings.problems("the times",e.problems)),t.has("now")&&this.now&&!Number.isFinite(Date.parse(this.now))&&this.warnings.warn("now",`now "${this.now}" is not a date-time like "2019-12-13T09:00-08:00"; the real clock is used`),this.current&&this.viewerTimezone&&this.current.view.viewer!==this.viewerTimezone&&this.warnings.warn("viewer-timezone",`viewer-timezone "${this.viewerTimezone}" is not an IANA time zone; the visitor's own (${this.current.view.viewer}) is used`)}program(t,e){const s=this.date?.trim()||Be(this.clockTime(),e),i=this.built;if(i&&i.state===t&&i.zone===e&&i.date===s)return i.program;const r=Ve("ready"===t.status?t.data:[],e,s);return this.built={state:t,zone:e,date:s,program:r},r}clockTime(){const t=this.now?Date.parse(this.now):NaN;return Number.isFinite(t)?t:this.clock.time}view(t,e){const s=this.viewerTimezone&&Le(this.viewerTimezone)?this.viewerTimezone:Ue(),i=new Set(this.mine.favorites),r=this.filterable||t.sessions.length>40,o=r?{query:this.query,track:this.track,room:this.room,only:this.myProgram?i:void 0}:{query:"",track:"",room:"",only:this.myProgram?i:void 0},n=this.clockTime(),a=new Set(t.sessions.filter(t=>Me(t,o)).map(t=>t.id)),l=t.sessions.filter(t=>t.start<=n&&n<t.end),d=t.sessions[0].start,h=Math.max(...t.sessions.map(t=>t.end)),c=l[0]??(n>=d&&n<h?t.sessions.find(t=>t.start>n):void 0);return{zone:e,viewer:s,shown:this.mine.localTime?s:e,localTime:this.mine.localTime,lang:this.closest("[lang]")?.getAttribute("lang")||void 0,favorites:i,filterable:r,visible:a,live:new Set(l.map(t=>t.id)),nowTarget:c,total:t.sessions.length,level:Math.min(6,Math.max(1,Math.round(this.headingLevel)||3)),landmark:Qt(this,this.label)}}renderControls(t,e){const s=t.sessions.filter(t=>e.favorites.has(t.id)).length,i=e.visible.size!==e.total;return H`<div part="controls" class="controls">
      <div class="toolbar">
        ${e.viewer!==e.zone?H`<button
                type="button"
                part="zone-toggle"
                aria-pressed=${this.mine.localTime?"true":"false"}
                @click=${this.toggleLocalTime}
              >
                Show times in my time zone (${e.viewer})
              </button>`:W}
        <button
          type="button"
          part="favorites-toggle"
          aria-pressed=${this.myProgram?"true":"false"}
          @click=${this.toggleMyProgram}
        >
          <span aria-hidden="true">★</span> My program (${s})
        </button>
        <button type="button" part="download" @click=${()=>this.downloadProgram(t)}>
          ${this.myProgram?"Download my program (.ics)":"Download the program (.ics)"}
        </button>
        ${this.myProgram&&s?H`<a part="share" href=${this.mine.shareUrl()}>Link to share my program</a>`:W}
        ${e.nowTarget?H`<a part="jump-now" href=${`#${e.nowTarget.id}`} @click=${this.jumpTo}>Jump to now</a>`:W}
      </div>
      ${e.filterable?this.renderFilters(t,e):W}
      ${t.days.length>1?H`<nav part="nav" aria-label=${e.landmark("Days of the program")}>
              <ul>
                ${t.days.map(t=>H`<li>
                      <a href=${`#day-${t.key}`} @click=${this.jumpTo}>${pe(t.key,e.lang,!0)}</a>
                    </li>`)}
              </ul>
            </nav>`:W}
      <p part="status" role="status" class=${e.filterable||this.myProgram?"status":"visually-hidden"}>
        ${this.myProgram&&!s?"No sessions in my program yet: star a session (☆) to add it.":i||e.filterable?`${e.visible.size} of ${e.total} sessions shown.`:""}
      </p>
    </div>`}renderFilters(t,e){const s=(t,e,s,i)=>s.length>1?H`<label
            >${t}
            <select part="filter" .value=${e} @change=${t=>i(t.target.value)}>
              <option value="">All</option>
              ${s.map(t=>H`<option value=${t} ?selected=${t===e}>${t}</option>`)}
            </select></label
          >`:W;return H`<div part="search-bar" class="filters" role="search" aria-label=${e.landmark("Search the program")}>
      <label
        >Search
        <input
          part="search"
          type="search"
          .value=${this.query}
          placeholder="Title, speaker, abstract…"
          @input=${t=>this.query=t.target.value}
      /></label>
      ${s("Track",this.track,t.tracks,t=>this.track=t)}
      ${s("Room",this.room,t.rooms,t=>this.room=t)}
    </div>`}downloadProgram(t){const e=new Set(this.mine.favorites),s=this.myProgram?t.sessions.filter(t=>e.has(t.id)):t.sessions;s.length&&this.downloadSessions(s,this.myProgram?"my-program.ics":"program.ics")}downloadSessions(t,e){const s=function(t,e,s,i){const r=t.map(t=>({uid:`${be(t.id)}-${ye(e)}@${s}`,start:t.start,end:t.end,summary:t.title||"TBA",description:ke(t,`${e}#${t.id}`),location:t.room,url:`${e}#${encodeURIComponent(t.id)}`,categories:[ue[t.type],...t.track?[t.track]:[]]}));return $e(r,{name:i})}(t,location.href.replace(/#.*$/,""),location.hostname||"workshop-elements",document.title||void 0),i=new Zt({filename:e,ics:s,sessionIds:t.map(t=>t.id)});this.dispatchEvent(i)&&Vt(this.renderRoot,s,e,"text/calendar;charset=utf-8")}}ds.styles=as,t([pt({type:Array,converter:Ht("items")})],ds.prototype,"items",void 0),t([pt()],ds.prototype,"src",void 0),t([pt()],ds.prototype,"timezone",void 0),t([pt()],ds.prototype,"date",void 0),t([pt()],ds.prototype,"now",void 0),t([pt({type:Boolean})],ds.prototype,"filterable",void 0),t([pt({attribute:"heading-level",type:Number})],ds.prototype,"headingLevel",void 0),t([pt()],ds.prototype,"label",void 0),t([pt({attribute:"viewer-timezone"})],ds.prototype,"viewerTimezone",void 0),t([ut()],ds.prototype,"myProgram",void 0),t([ut()],ds.prototype,"query",void 0),t([ut()],ds.prototype,"track",void 0),t([ut()],ds.prototype,"room",void 0),customElements.get("workshop-schedule")||customElements.define("workshop-schedule",ds);const hs=1,cs=3,ps=4,us=t=>(...e)=>({_$litDirective$:t,values:e});let ms=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,s){this._$Ct=t,this._$AM=e,this._$Ci=s}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};const gs="important",fs=" !"+gs,ws=us(class extends ms{constructor(t){if(super(t),t.type!==hs||"style"!==t.name||t.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(t){return Object.keys(t).reduce((e,s)=>{const i=t[s];return null==i?e:e+`${s=s.includes("-")?s:s.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${i};`},"")}update(t,[e]){const{style:s}=t.element;if(void 0===this.ft)return this.ft=new Set(Object.keys(e)),this.render(e);for(const t of this.ft)null==e[t]&&(this.ft.delete(t),t.includes("-")?s.removeProperty(t):s[t]=null);for(const t in e){const i=e[t];if(null!=i){this.ft.add(t);const e="string"==typeof i&&i.endsWith(fs);t.includes("-")||e?s.setProperty(t,e?i.slice(0,-11):i,e?gs:""):s[t]=i}}return J}}),vs=new Set(["dr","prof","professor","mr","mrs","ms","mx","sir","dame"]),bs=/[\p{L}\p{N}]/u,ys="undefined"!=typeof Intl&&"Segmenter"in Intl?new Intl.Segmenter(void 0,{granularity:"grapheme"}):void 0,$s=/^(?:\p{M}|\p{Emoji_Modifier}|\u200D|\uFE0E|\uFE0F|[\u{E0020}-\u{E007F}])/u,ks=/^\p{Regional_Indicator}$/u;function xs(t){const[e,s]=Array.from(t.slice(0,4));if(void 0===s||!ys||!($s.test(s)||ks.test(e)&&ks.test(s)))return e;for(const e of ys.segment(t))return e.segment}function _s(t,e,s){const i=e=>(e+t/30)%12,r=e*Math.min(s,1-s),o=t=>s-r*Math.max(-1,Math.min(i(t)-3,Math.min(9-i(t),1)));return[o(0),o(8),o(4)].map(t=>Math.round(255*t))}function As([t,e,s]){const i=t=>{const e=t/255;return e<=.04045?e/12.92:((e+.055)/1.055)**2.4};return.2126*i(t)+.7152*i(e)+.0722*i(s)}function Ss(t,e){const[s,i]=[As(t),As(e)].sort((t,e)=>e-t);return(s+.05)/(i+.05)}const Cs=[255,255,255];const Es=[ns,a`
    .base {
      --_we-size: var(--we-speaker-photo-size, 8em);
      --_we-photo-radius: var(--we-speaker-photo-radius, var(--_we-radius));
      --_we-lines: var(--we-speaker-bio-lines, 4);
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.75em var(--we-speaker-gap, 1em);
      height: 100%;
    }
    .base.row {
      --_we-size: var(--we-speaker-photo-size, 5.5em);
      --_we-photo-radius: var(--we-speaker-photo-radius, 50%);
      flex-direction: row;
      flex-wrap: wrap;
      /* Wrapped below the photo in a card stretched to its grid row, the text stays under the photo rather than
         taking a share of the spare height. */
      align-content: flex-start;
    }
    /* Beside the photo while there is room for 16em of text, below it otherwise: no container query needed. */
    .row .text {
      flex: 1 1 16em;
    }
    .base.compact {
      --_we-size: var(--we-speaker-photo-size, 4.5em);
      --_we-photo-radius: var(--we-speaker-photo-radius, 50%);
      --_we-lines: var(--we-speaker-bio-lines, 3);
      align-items: center;
      text-align: center;
      gap: 0.5em;
    }
    .text {
      min-width: 0;
      max-width: 100%;
      overflow-wrap: anywhere;
    }
    .compact .text {
      width: 100%;
    }

    /* The size is fixed before the photo loads: no layout shift, equal photos in a grid. */
    [part~='photo'] {
      position: relative;
      flex: none;
      width: var(--_we-size);
      height: var(--_we-size);
      aspect-ratio: 1;
      border-radius: var(--_we-photo-radius);
      overflow: hidden;
      background: var(--_we-avatar-bg);
      color: var(--_we-avatar-fg);
    }
    .initials {
      position: absolute;
      inset: 0;
      display: grid;
      place-items: center;
      font-size: calc(var(--_we-size) * 0.38);
      font-weight: 600;
      line-height: 1;
      letter-spacing: 0.02em;
      user-select: none;
    }
    [part~='photo'] img {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      object-fit: cover;
      /* Covers the initials once loaded; while loading, alt="" shows nothing and the initials show through. */
      color: transparent;
    }

    [part~='name'] {
      font-size: var(--we-speaker-name-size, 1.15em);
      font-weight: 700;
      line-height: 1.25;
      margin: 0;
    }
    [part~='name'] a {
      text-decoration: none;
    }
    [part~='name'] a:hover,
    [part~='name'] a:focus-visible {
      text-decoration: underline;
    }
    p {
      margin: 0;
    }
    [part~='role'] {
      margin-top: 0.15em;
      font-size: 0.8em;
      font-weight: 600;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--_we-muted);
    }
    [part~='affiliation'] {
      margin-top: 0.2em;
      color: var(--_we-muted);
    }
    [part~='affiliation'] > span {
      display: block;
    }
    [part~='talk'] {
      margin-top: 0.5em;
    }
    [part~='bio'] {
      margin-top: 0.5em;
    }
    [part~='bio'] p + p,
    [part~='bio'] ::slotted(* + *) {
      margin-top: 0.5em;
    }
    /* Clamped to a few lines, measured in the line height the host sets (lh is not in every engine we test). */
    .bio.clamped {
      max-height: calc(var(--_we-lines) * var(--we-line-height, 1.45) * 1em);
      overflow: hidden;
    }
    .bio.clamped.overflowing {
      -webkit-mask-image: linear-gradient(to bottom, #000 calc(100% - 1.2em), transparent);
      mask-image: linear-gradient(to bottom, #000 calc(100% - 1.2em), transparent);
    }
    [part~='more'] {
      margin-top: 0.25em;
      padding: 0.1em 0.6em;
      border: 1px solid var(--_we-border);
      border-radius: var(--_we-radius);
      background: var(--_we-surface);
      color: var(--_we-link);
    }
    .compact [part~='more'] {
      margin-inline: auto;
    }
    [part~='links'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0.5em 0 0;
      padding: 0;
      list-style: none;
    }
    .compact [part~='links'] {
      justify-content: center;
    }
    [part~='links'] a {
      display: inline-block;
      min-height: 24px;
      line-height: 24px;
    }

    @media print {
      .bio.clamped {
        max-height: none;
        overflow: visible;
        -webkit-mask-image: none;
        mask-image: none;
      }
      [part~='photo'] {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
    }
  `];function Ts(t){if(null===t||"object"!=typeof t||Array.isArray(t))throw new Rt(`"speaker" must be an object, got ${Ot(t)}`);const e=[],s=new Dt(t,"speaker",e),i=s.requiredText("name","speaker");if(void 0===i)throw new Rt(`"speaker.name" is required: ${e[0]?.message??"missing"}`);const r={name:i,affiliations:Ns(s.textList("affiliation")),photo:s.url("photo","image"),url:s.url("url"),role:zs(s.text("role")),bio:zs(s.text("bio")),talk:Ms(s),links:s.links("links")??[]};return s.done(),{data:r,problems:e}}function Ms(t){const e=t.raw("talk");if(null==e)return;if("string"==typeof e)return e.trim()?{title:e}:void 0;const s=It(e,`${t.path}.talk`,t.problems,"talk");if(!s)return;const i=s.requiredText("title","talk"),r=s.url("href");return s.done(),void 0===i?void 0:{title:i,href:r}}const zs=t=>void 0===t||""===t.trim()?void 0:t,Ns=t=>(t??[]).filter(t=>""!==t.trim()),Ls=["card","row","compact"];class Us extends lt{constructor(){super(...arguments),this.layout="card",this.headingLevel=3,this.expanded=!1,this.overflowing=!1,this.data=new Jt(this,{tag:"speaker-card",name:"speaker",value:()=>this.speaker,src:()=>this.src,validate:Ts}),this.warnings=new qt("speaker-card")}get dataComplete(){return this.data.complete}connectedCallback(){super.connectedCallback(),this.observedBio=void 0,this.hasUpdated&&this.observeBio()}disconnectedCallback(){super.disconnectedCallback(),this.observedBio&&Ds(this.observedBio)}willUpdate(t){["name","affiliation","photo","href","speakerRole","talk","talkHref"].some(e=>t.has(e))&&this.readAttributes()}render(){const t=this.renderContent();return this.card?t:H`<div part="base">${t}</div>`}get card(){const t=this.data.state.status;return"ready"===t||"empty"===t&&!!this.fromAttributes&&!("error"in this.fromAttributes)}renderContent(){const t=this.data.state;if("empty"===t.status&&this.fromAttributes)return"error"in this.fromAttributes?H`${re("speaker-card",{status:"error",message:this.fromAttributes.error},Ps)}<slot
          ></slot>`:this.renderCard(this.fromAttributes.data);if("ready"===t.status)return this.renderCard(t.data);const e=re("speaker-card",t,Ps);return"error"===t.status?H`${e}<slot></slot>`:e}updated(t){t.has("layout")&&!Ls.includes(this.layout)&&this.warnings.warn("layout",`layout "${this.layout}" is not one of ${Ls.join(", ")}; using "card".`);const e=this.fromAttributes;e!==this.reportedAttributes&&(this.reportedAttributes=e,e&&"error"in e?(this.warnings.error(e.error),this.dispatchEvent(new mt({message:e.error,source:"name"}))):e&&this.warnings.problems("the attributes",e.problems)),this.observeBio()}observeBio(){const t=this.renderRoot.querySelector('[part~="bio"]')??void 0;t!==this.observedBio&&(this.observedBio&&Ds(this.observedBio),this.observedBio=t,t&&function(t,e){Rs??=new ResizeObserver(t=>{const e=t.map(t=>[t.target,t.target.scrollHeight>t.target.clientHeight+1]);setTimeout(()=>{for(const[t,s]of e)Os.get(t)?.(s)})}),Os.set(t,e),Rs.observe(t)}(t,t=>this.bioMeasured(t)))}renderCard(t){const e=Ls.includes(this.layout)?this.layout:"card",s=Math.min(6,Math.max(1,Math.round(this.headingLevel)||3)),i=t.url?ae(t.url,t.name):t.name;return H`<div part="base" class="base ${e}">
      ${this.renderPhoto(t)}
      <div class="text">
        <div part="name heading" role="heading" aria-level=${s} dir="auto">${i}</div>
        ${t.role?H`<p part="role" dir="auto">${t.role}</p>`:W}
        ${t.affiliations.length?H`<p part="affiliation">
                ${t.affiliations.map((e,s)=>H`<span dir="auto"
                      >${e}${s<t.affiliations.length-1?H`<span class="visually-hidden">; </span>`:W}</span
                    >`)}
              </p>`:W}
        ${t.talk?H`<p part="talk">
                Talk: <span dir="auto">${t.talk.href?ae(t.talk.href,t.talk.title):t.talk.title}</span>
              </p>`:W}
        ${this.renderBio(t)}
        ${t.links.length?H`<ul part="links">
                ${t.links.map(t=>H`<li>${ae(t.url,t.label)}</li>`)}
              </ul>`:W}
      </div>
    </div>`}renderPhoto(t){const e=function(t){const e=me(t.trim().toLowerCase()),s=e%360,i=.45+(e>>>9)%20/100;let r=.42,o=_s(s,i,r);for(;Ss(o,Cs)<4.5&&r>.05;)r-=.01,o=_s(s,i,r);return{background:`rgb(${o.join(" ")})`,color:"#ffffff",contrast:Ss(o,Cs)}}(t.name),s=t.photo&&t.photo!==this.failedPhoto?t.photo:void 0;return H`<div
      part="photo"
      aria-hidden="true"
      style=${ws({"--_we-avatar-bg":e.background,"--_we-avatar-fg":e.color})}
    >
      <span part="initials" class="initials">${function(t){const e=t.split(/[\s\u200B\u200E\u200F\u2028-\u202F]+/u).map(t=>t.replace(/^[^\p{L}\p{N}\p{Extended_Pictographic}]+/u,"")).filter(t=>""!==t&&!vs.has(t.replace(/\.$/,"").toLowerCase())),s=e.filter(t=>bs.test(xs(t)??"")),i=s.length?s:e;return 0===i.length?xs(t.trim())??"?":(xs(i[0])+(i.length>1?xs(i[i.length-1]):"")).toLocaleUpperCase()}(t.name)}</span>
      ${s?H`<img
              src=${s}
              alt=""
              width="256"
              height="256"
              loading="lazy"
              decoding="async"
              @error=${()=>this.photoFailed(s)}
            />`:W}
    </div>`}renderBio(t){const e=this.hasChildBio();if(!e&&!t.bio)return W;const s=e?[]:t.bio.split(/\n\s*\n/).filter(t=>""!==t.trim()),i=!this.expanded;return H`<div
        part="bio"
        id="bio"
        class="bio ${i?"clamped":""} ${this.overflowing?"overflowing":""}"
        dir="auto"
      >
        ${e?H`<slot></slot>`:s.map(t=>H`<p>${t}</p>`)}
      </div>
      ${this.overflowing||this.expanded?H`<button
              part="more"
              type="button"
              aria-expanded=${this.expanded?"true":"false"}
              aria-controls="bio"
              @click=${this.toggleBio}
            >
              ${this.expanded?"Show less":"Show more"}<span class="visually-hidden"> about ${t.name}</span>
            </button>`:W}`}hasChildBio(){return Array.from(this.childNodes).some(t=>t.nodeType===Node.ELEMENT_NODE?"script"!==t.localName&&!t.hasAttribute("slot"):t.nodeType===Node.TEXT_NODE&&""!==t.textContent.trim())}toggleBio(){this.expanded=!this.expanded}bioMeasured(t){this.expanded||(this.overflowing=t)}photoFailed(t){this.failedPhoto=t,this.warnings.warn("photo",`the photo of "${this.currentName()}" could not be loaded, showing initials: ${t}`)}currentName(){const t=this.data.state;return"ready"===t.status?t.data.name:this.fromAttributes&&"data"in this.fromAttributes?this.fromAttributes.data.name:""}readAttributes(){const t=this.getAttribute("role");let e;try{e=function(t){const e=t=>null==t||""===t.trim()?void 0:t;if(![t.name,t.affiliation,t.photo,t.href,t.role,t.talk,t.talkHref].some(e))return;const s=e(t.name);if(!s)throw new Rt('the "name" attribute is required (or give the speaker as JSON)');const i=[],r=(s,r)=>{const o=e(t[s]);if(void 0===o)return;const n=Lt(o,r);return n&&i.push({path:`${"talkHref"===s?"talk-href":s} attribute`,message:n}),Pt(o,r)},o=r("talkHref","link");return e(t.talkHref)&&!e(t.talk)&&i.push({path:"talk-href attribute",message:'needs a talk="…" title (ignored)'}),{data:{name:s,affiliations:e(t.affiliation)?[t.affiliation]:[],photo:r("photo","image"),url:r("href","link"),role:e(t.role),talk:e(t.talk)?{title:t.talk,href:o}:void 0,links:[]},problems:i}}({name:this.name,affiliation:this.affiliation,photo:this.photo,href:this.href,role:this.speakerRole??t,talk:this.talk,talkHref:this.talkHref})}catch(t){if(!(t instanceof Rt))throw t;return void(this.fromAttributes={error:t.message})}this.fromAttributes=e,e&&t&&null==this.speakerRole&&e.problems.push({path:"role attribute",message:`"role" is ARIA's attribute and "${t}" is not an ARIA role; write speaker-role="${t}" instead`})}}Us.styles=Es,t([pt({type:Object,converter:Ht("speaker")})],Us.prototype,"speaker",void 0),t([pt()],Us.prototype,"src",void 0),t([pt()],Us.prototype,"name",void 0),t([pt()],Us.prototype,"affiliation",void 0),t([pt()],Us.prototype,"photo",void 0),t([pt()],Us.prototype,"href",void 0),t([pt({attribute:"speaker-role"})],Us.prototype,"speakerRole",void 0),t([pt()],Us.prototype,"talk",void 0),t([pt({attribute:"talk-href"})],Us.prototype,"talkHref",void 0),t([pt()],Us.prototype,"layout",void 0),t([pt({attribute:"heading-level",type:Number})],Us.prototype,"headingLevel",void 0),t([ut()],Us.prototype,"failedPhoto",void 0),t([ut()],Us.prototype,"expanded",void 0),t([ut()],Us.prototype,"overflowing",void 0);const Ps={loading:"Loading speaker…",empty:"No speaker given."},Os=new WeakMap;let Rs;function Ds(t){Os.delete(t),Rs?.unobserve(t)}customElements.get("speaker-card")||customElements.define("speaker-card",Us);const Is={},js=us(class extends ms{constructor(){super(...arguments),this.ot=Is}render(t,e){return e()}update(t,[e,s]){if(Array.isArray(e)){if(Array.isArray(this.ot)&&this.ot.length===e.length&&e.every((t,e)=>t===this.ot[e]))return J}else if(this.ot===e)return J;return this.ot=Array.isArray(e)?Array.from(e):e,this.render(e,s)}}),Bs=[["pdf","PDF"],["url","Page"],["code","Code"],["video","Video"],["slides","Slides"],["poster","Poster"]],qs={ł:"l",Ł:"L",ø:"o",Ø:"O",ß:"ss",æ:"ae",Æ:"AE",œ:"oe",Œ:"OE",đ:"d",Đ:"D",ð:"d",þ:"th",ı:"i"};function Fs(t){return t.normalize("NFD").replace(/\p{M}/gu,"").replace(/[łŁøØßæÆœŒđĐðþı]/g,t=>qs[t])}const Hs=new Set(["a","an","the","on","of","in","for","to","and","with","towards","toward","from","by","at","is","are"]);function Js(t){if(!t)return"";const e=Fs(t).trim().split(/\s+/);return(e[e.length-1]??"").toLowerCase().replace(/[^a-z0-9]/g,"")}function Ws(t){const e=Fs(t).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);return e.find(t=>!Hs.has(t))??e[0]??""}function Zs(t,e){return t.givenId?Fs(t.id).replace(/[^A-Za-z0-9_:.\-+/]/g,"")||"paper":Js(t.authors[0]?.name)+(e??"").replace(/\D/g,"")+Ws(t.title)||"paper"}const Vs={"\\":"\\textbackslash{}","{":"\\{","}":"\\}","&":"\\&","%":"\\%",$:"\\$","#":"\\#",_:"\\_","~":"\\textasciitilde{}","^":"\\textasciicircum{}","<":"\\textless{}",">":"\\textgreater{}"};function Ks(t){return t.replace(/[\\{}&%$#_~^<>]/g,t=>Vs[t]).replace(/-(?=-)/g,"-{}").replace(/([`',])(?=\1)/g,"$1{}").replace(/([?!])`/g,"$1{}`").replace(/\s+/g," ").trim()}const Gs=t=>t.replace(/\\[a-z]+\{\}|\\./g,"");function Xs(t,e={},s=Zs(t,e.year)){if(t.bibtex)return t.bibtex;const i=[["title",`{${r=t.title,Ks(r).split(" ").map(t=>/^\P{Lu}*\p{L}.*\p{Lu}/u.test(Gs(t))?`{${t}}`:t).join(" ")}}`]];var r;t.authors.length&&i.push(["author",`{${t.authors.map(t=>function(t){const e=Ks(t);return/,|\sand\s/i.test(e)?`{${e}}`:e}(t.name)).join(" and ")}}`]),e.venue&&i.push(["booktitle",`{${Ks(e.venue)}}`]),e.year&&i.push(["year",`{${Ks(e.year)}}`]);const o=t.url??t.pdf;o&&i.push(["url",`{${o.replace(/[{}\\$]/g,t=>encodeURIComponent(t))}}`]);const n=i.map(([t,e])=>`  ${t} = ${e}`).join(",\n");return`@inproceedings{${s},\n${n}\n}`}function Ys(t){let e="";for(;t>0;t=Math.floor((t-1)/26))e=String.fromCharCode(97+(t-1)%26)+e;return e}function Qs(t,e){const s=new Map,i=new Set;for(const e of t){const t=e.bibtex&&/^\s*@\w+\s*[{(]\s*([^,\s]+)\s*,/.exec(e.bibtex)?.[1];t&&i.add(t.toLowerCase())}const r=new Map,o=t=>{const o=Zs(t,e);let n=r.get(o.toLowerCase())??0,a=n?o+Ys(n):o;for(;i.has(a.toLowerCase());)a=o+Ys(++n);r.set(o.toLowerCase(),n+1),i.add(a.toLowerCase()),s.set(t,a)};for(const e of t)!e.bibtex&&e.givenId&&o(e);for(const e of t)e.bibtex||e.givenId||o(e);return s}class ti{constructor(t,e){this.host=t,this.options=e,this.open=new Set}get context(){return{venue:this.host.venue,year:this.host.year}}state(t){return{bibtex:this.open.has(t.id)?this.entry(t):void 0,copied:this.copied===t.id}}file(t){return function(t,e={},s=Qs(t,e.year)){return t.map(t=>Xs(t,e,s.get(t))).join("\n\n")+"\n"}(t,this.context,this.keys())}keys(){const t=this.options.all(),e=this.host.year;return this.keyCache?.all===t&&this.keyCache.year===e||(this.keyCache={all:t,year:e,keys:Qs(t,e)}),this.keyCache.keys}entry(t){return Xs(t,this.context,this.keys().get(t))}async click(t){if(this.open.delete(t.id))return void this.options.patch(t);const e=this.entry(t);try{if(!navigator.clipboard)throw new Error("no clipboard");await navigator.clipboard.writeText(e);const s=this.copied;this.copied=t.id,this.options.announce(`BibTeX of “${t.title}” copied to the clipboard.`),this.options.patch(t);const i=void 0===s||s===t.id?void 0:this.options.paper(s);i&&this.options.patch(i)}catch{this.open.add(t.id),this.options.announce("Copying was refused; the BibTeX entry is shown below the paper, selected."),this.options.patch(t),await this.host.updateComplete;const e=this.host.shadowRoot.getElementById(t.id)?.querySelector('[part="bibtex"]');e&&(e.focus(),getSelection()?.selectAllChildren(e))}}download(t){const e=Fs(this.host.venue??"papers").replace(/[^A-Za-z0-9]+/g,"-").replace(/^-|-$/g,"")||"papers";Vt(this.host.shadowRoot,this.file(t),`${e}.bib`,"application/x-bibtex")}}const ei={},si=us(class extends ms{constructor(t){if(super(t),t.type!==cs&&t.type!==hs&&t.type!==ps)throw Error("The `live` directive is not allowed on child or event bindings");if(!(t=>void 0===t.strings)(t))throw Error("`live` bindings can only contain a single expression")}render(t){return t}update(t,[e]){if(e===J||e===W)return e;const s=t.element,i=t.name;if(t.type===cs){if(e===s[i])return J}else if(t.type===ps){if(!!e===s.hasAttribute(i))return J}else if(t.type===hs&&s.getAttribute(i)===e+"")return J;return((t,e=ei)=>{t._$AH=e})(t),e}}),ii=/^[\x00-\x7f]*$/;function ri(t){return ii.test(t)?t.toLowerCase():Fs(t).toLowerCase().replace(/ς/g,"σ")}function oi(t){return[...new Set(ri(t).split(/\s+/).filter(Boolean))]}const ni=new Map,ai=t=>{let e=ni.get(t);return void 0===e&&ni.set(t,e=ri(t)),e};function li(t,e){if(!e.length||!t)return[{text:t,mark:!1}];const{folded:s,map:i}=function(t){if(ii.test(t))return{folded:t.toLowerCase()};let e="";const s=[];let i=0;for(const r of t){const t=ai(r);e+=t;for(let e=0;e<t.length;e++)s.push(i);i+=r.length}return s.push(t.length),{folded:e,map:s}}(t),r=[];for(const t of e)for(let e=s.indexOf(t);-1!==e;e=s.indexOf(t,e+t.length))r.push([e,e+t.length]);if(!r.length)return[{text:t,mark:!1}];r.sort((t,e)=>t[0]-e[0]);const o=t=>i?i[t]:t,n=[];let a=0,[l,d]=r[0];const h=()=>{const e=o(l),s=o(d);e>a&&n.push({text:t.slice(a,e),mark:!1}),n.push({text:t.slice(e,s),mark:!0}),a=s};for(const[t,e]of r.slice(1))t<=d?d=Math.max(d,e):(h(),[l,d]=[t,e]);return h(),a<t.length&&n.push({text:t.slice(a),mark:!1}),n}const di=new Intl.Collator(void 0,{sensitivity:"base",numeric:!0}),hi=(t,e)=>di.compare(ri(t),ri(e)),ci=(t="")=>t.trim().split(/\s+/).pop()??"";function pi(t,e){const s=oi(t.q),i=ri(t.type),r=ri(t.award),o=ri(t.session),n=ri(t.keyword);return a=>{if(t.type||t.award||t.session||t.keyword){const e=function(t){let e=ui.get(t);if(!e){const s=t=>void 0===t?void 0:ri(t);e={type:s(t.type),award:s(t.award),session:s(t.session),keywords:t.keywords.map(ri)},ui.set(t,e)}return e}(a);if(t.type&&e.type!==i)return!1;if(t.award&&e.award!==r)return!1;if(t.session&&e.session!==o)return!1;if(t.keyword&&!e.keywords.includes(n))return!1}return!s.length||function(t,e){return e.every(e=>t.includes(e))}(e(a),s)}}const ui=new WeakMap;function mi(t,e){const s=[...t];return"title"===e&&s.sort((t,e)=>hi(t.title,e.title)||t.index-e.index),"author"===e&&s.sort((t,e)=>hi(ci(t.authors[0]?.name),ci(e.authors[0]?.name))||hi(t.authors[0]?.name??"",e.authors[0]?.name??"")||t.index-e.index),s}function gi(t,e){const s=new Map;for(const i of t){const t=e(i);for(const e of Array.isArray(t)?t:t?[t]:[]){const t=ri(e);s.has(t)||s.set(t,e)}}return[...s.values()]}const fi="Other",wi=ri(fi),vi=["type","award","session","keyword"],bi=20;class yi{constructor(t){this.hooks=t,this.shown=[],this.matched=new Uint8Array(0),this.groupCounts=new Map,this.rendered=0,this.budget=40,this.rowsPerMs=1,this.stepRows=0,this.stepStart=0,this.version=0,this.mounted=[]}reset(){this.view=this.applied=void 0}setView(t,e,s){const i=this.view;if(i&&i.all===t&&i.sort===e&&i.groupBy===s)return!1;const r=s?function(t,e){const s=new Map;for(const i of t){const t=i[e],r=void 0===t?void 0:ri(t);let o=s.get(r);o||s.set(r,o={label:t,papers:[]}),o.papers.push(i)}const i=s.get(void 0);s.delete(void 0);const r=s.get(wi);return i&&r&&r.papers.push(...i.papers),[...s.values(),...i&&!r?[i]:[]]}(t,s).flatMap(t=>{const s=mi(t.papers,e);return[{group:t.label??fi,papers:s},...s]}):mi(t,e),o=[];for(let t=0,e=0;t<r.length;t+=bi,e++){const s=r.slice(t,t+bi),n=i?.chunks[e];o.push(n&&$i(n.rows,s)?n:{rows:s,shown:[],displayed:[],version:0})}const n=new Map;r.forEach((t,e)=>"group"in t||n.set(t.id,e)),this.view={all:t,sort:e,groupBy:s,rows:r,chunks:o,position:n},this.applied=void 0;const a=i&&i.rows.length<=r.length&&i.rows.every((t,e)=>t===r[e]);return a||(this.rendered=0),this.rendered=Math.min(this.rendered,o.length),!a}needsFilters(t){return!(this.applied?.view===this.view&&this.applied?.filters===t)}applyFilters(t,e){const s=this.view;if(!this.needsFilters(t))return;const i=this.applied?.view===s?this.applied:void 0,r=void 0!==i&&vi.every(e=>i.filters[e]===t[e])&&i.terms.every(t=>e.some(e=>e.includes(t))),o=this.matched;this.applied={view:s,filters:t,terms:e};const n=pi(t,this.hooks.hay),a=new Uint8Array(s.rows.length),l=new Map,d=[];let h;s.rows.forEach((t,e)=>{"group"in t?l.set(h=t,0):r&&!o[e]||!n(t)||(a[e]=1,d.push(t),h&&l.set(h,l.get(h)+1))}),s.chunks.forEach((t,e)=>{const s=t.rows.filter((t,s)=>"group"in t?l.get(t)>0:a[e*bi+s]),i=s.some(t=>"group"in t&&l.get(t)!==this.groupCounts.get(t));i&&(t.version=++this.version),$i(s,t.shown)||(t.shown=s)}),this.matched=a,this.groupCounts=l,this.shown=d}matches(t){return!!this.matched[t]}reach(t){this.budget=Math.max(this.budget,t+bi)}unlimit(){this.budget=1/0}display(){const t=this.view;let e=this.budget;this.budget=40;const s=e;t.chunks.forEach((t,s)=>{if(t.displayed===t.shown)return;if(s>=this.rendered){if(s>this.rendered||e<=0)return;this.rendered=s+1}const i=t.nodes,r=i?t.shown.filter(t=>!i.has(t)).length:t.shown.length;let o=t.shown;r&&e<=0?o=t.shown.filter(t=>i?.has(t)):e-=Math.max(1,r),o!==t.shown&&$i(o,t.displayed)||(t.displayed=o,t.version=++this.version)}),this.stepRows&&(this.stepRows=Math.max(1,s-e))}pending(){return!!this.view?.chunks.some(t=>t.displayed!==t.shown)}startStep(){this.budget=Math.min(1e3,Math.max(bi,Math.round(40*this.rowsPerMs))),this.stepRows=this.budget,this.stepStart=performance.now()}endStep(){if(!this.stepRows)return;const t=this.stepRows/Math.max(1,performance.now()-this.stepStart);this.rowsPerMs=(this.rowsPerMs+t)/2,this.stepRows=0}displayedPapers(){return(this.view?.chunks??[]).flatMap(t=>t.displayed).filter(t=>!("group"in t))}paper(t){const e=this.view?.position.get(t);return void 0===e?void 0:this.view.rows[e]}*builtPapers(){for(const t of this.view?.chunks??[])for(const[e,s]of t.nodes??[])"group"in e||(yield[e,s])}sync(t){const e=this.view;t!==this.listEl&&(this.listEl=t,this.mounted=[]);for(let s=0;s<this.rendered;s++){const i=e.chunks[s],r=i.el??=Object.assign(document.createElement("div"),{className:"chunk"});if(i.synced!==i.version&&(i.synced=i.version,this.syncChunk(i,r)),this.mounted[s]!==i){const e=this.mounted[s]?.el;e?e.replaceWith(r):t.append(r),this.mounted[s]=i}}for(const t of this.mounted.splice(this.rendered))t?.el?.remove()}syncChunk(t,e){if(e.hidden=0===t.displayed.length,e.hidden)return;const s=t.nodes??=new Map,i=new Set(t.displayed);let r=null;for(const o of t.rows){let t=s.get(o);const n=i.has(o);if(t)t.hidden===n&&(t.hidden=!n);else{if(!n)continue;s.set(o,t=this.buildRow(o)),e.insertBefore(t,r?r.nextSibling:e.firstChild)}r=t,n&&"group"in o&&(t.querySelector(".count").textContent=`(${this.groupCounts.get(o)??0})`)}}buildRow(t){if(!("group"in t))return this.hooks.paper(t);const e=document.createElement("div");e.setAttribute("part","heading group-heading"),e.setAttribute("role","heading"),e.setAttribute("aria-level",String(this.hooks.groupLevel()));const s=document.createElement("span");return s.className="count",e.append(`${t.group} `,s),e}}const $i=(t,e)=>t.length===e.length&&t.every((t,s)=>t===e[s]),ki={given:"Given order",title:"Title",author:"First author"},xi={type:"Type",award:"Award",session:"Session",keyword:"Keyword"},_i={options:{type:["",[]],award:["",[]],session:["",[]],keyword:["",[]]},affiliations:!1};function Ai(t){const e=new Map;for(const s of t)for(const t of s.keywords){const s=ri(t),i=e.get(s);i?i.n++:e.set(s,{keyword:t,n:1})}const s=[...e.values()].filter(({n:e})=>e>1||t.length<20);return s.sort((t,e)=>e.n-t.n).slice(0,300).map(({keyword:t})=>t).sort((t,e)=>t.localeCompare(e))}const Si=t=>t.toLocaleString("en");class Ci{constructor(t,e,s){this.host=t,this.engine=e,this.patch=s,this.termsKey="",this.rowTerms=new Map,this.abstractTerms=new Map,this.stale=!1,this.now=[],this.onScroll=()=>{this.stale&&void 0===this.scrollFrame&&(this.scrollFrame=requestAnimationFrame(()=>{this.scrollFrame=void 0;const t=this.engine.displayedPapers(),e=innerHeight;let s=this.firstBelow(t,-e);for(;s<t.length;s++){const i=this.host.shadowRoot.getElementById(t[s].id);if(i&&i.getBoundingClientRect().top>innerHeight+e)break;this.refresh(t[s])}}))},this.onToggle=t=>{const e=t.composedPath()[0];if("details"!==e.localName||!e.open)return;const s=this.engine.paper(e.closest("article")?.id??"");s&&this.refresh(s)},t.addController(this)}hostConnected(){this.host.renderRoot.addEventListener("toggle",this.onToggle,!0),document.addEventListener("scroll",this.onScroll,{capture:!0,passive:!0})}hostDisconnected(){this.host.renderRoot.removeEventListener("toggle",this.onToggle,!0),document.removeEventListener("scroll",this.onScroll,!0),void 0!==this.scrollFrame&&cancelAnimationFrame(this.scrollFrame),this.scrollFrame=void 0}termsFor(t){const e=this.rowTerms.get(t)??this.termsKey;return e?e.split(" "):[]}built(t){this.rowTerms.set(t,this.termsKey),this.abstractTerms.set(t,this.termsKey)}reset(){this.rowTerms.clear(),this.abstractTerms.clear()}search(t,e){const s=t.join(" ");if(s===this.termsKey)return void e();const i=this.anchor();this.termsKey=s,e();const r=this.engine.shown,o=this.engine.view.position;let n=r.findIndex(t=>o.get(t.id)>=i);-1===n&&(n=r.length),this.now=r.slice(Math.max(0,n-2),n+Math.min(40,Math.ceil(innerHeight/80)+1)),this.stale=!0}flush(){for(const t of this.now.splice(0))this.refresh(t)}refresh(t){const e=this.rowTerms.get(t.id)!==this.termsKey,s=!!t.abstract&&this.abstractTerms.get(t.id)!==this.termsKey;if(!e&&!s)return;const i=this.host.shadowRoot.getElementById(t.id);if(!i)return this.rowTerms.delete(t.id),void this.abstractTerms.delete(t.id);const r=s&&!!i.querySelector('[part="abstract"]')?.open;e&&this.rowTerms.set(t.id,this.termsKey),r&&this.abstractTerms.set(t.id,this.termsKey),this.patch(i,t,{text:e,abstract:r})}anchor(){const t=this.engine.displayedPapers(),e=this.firstBelow(t,0);return e<t.length?this.engine.view.position.get(t[e].id):0}firstBelow(t,e){let s=0,i=t.length;for(;s<i;){const r=s+i>>1,o=this.host.shadowRoot.getElementById(t[r].id);o&&o.getBoundingClientRect().bottom<e?s=r+1:i=r}return s}}const Ei=[ns,a`
    :host {
      --_we-paper-gap: var(--we-paper-gap, 1em);
      /* Badges and marks are solid pairs (background and text set together): readable on light and dark pages. */
      --_we-badge: var(--we-paper-badge-color, var(--_we-accent));
      --_we-award: var(--we-paper-award-color, #8a5a00);
      --_we-on-award: #ffffff;
      --_we-mark: var(--we-paper-mark-color, #fde68a);
      --_we-on-mark: #1f1600;
    }
    [part='controls'] {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.5em 0.75em;
      padding: 0.75em;
      margin-bottom: var(--_we-paper-gap);
      background: var(--_we-surface);
      border: 1px solid var(--_we-border);
      border-radius: var(--_we-radius);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.15em;
      font-size: 0.875em;
      color: var(--_we-muted);
      min-width: 0;
    }
    .field.search {
      flex: 1 1 16em;
    }
    input,
    select {
      font: inherit;
      font-size: 1em;
      color: inherit;
      background: transparent;
      min-height: 2.25em;
      max-width: 100%;
      padding: 0.25em 0.5em;
      border: 1px solid var(--_we-border);
      border-radius: calc(var(--_we-radius) / 2);
    }
    select {
      max-width: 14em;
    }
    option {
      color: initial;
      background: initial;
    }
    .check {
      display: flex;
      align-items: center;
      gap: 0.35em;
      min-height: 2.25em;
      font-size: 0.875em;
    }
    .check input {
      min-height: 0;
      width: 1.1em;
      height: 1.1em;
    }
    button {
      border: 1px solid var(--_we-border);
      border-radius: calc(var(--_we-radius) / 2);
      background: transparent;
      padding: 0.25em 0.65em;
      font-size: 0.875em;
    }
    button:hover {
      background: var(--_we-surface);
    }
    [part='download'] {
      min-height: 2.25em;
    }
    [part='status'] {
      flex-basis: 100%;
      margin: 0;
      font-size: 0.875em;
      color: var(--_we-muted);
    }
    [part~='group-heading'] {
      font-size: 1.25em;
      font-weight: 600;
      margin: 1.5em 0 0.5em;
      padding-bottom: 0.25em;
      border-bottom: 2px solid var(--_we-border);
    }
    .count {
      font-weight: normal;
      color: var(--_we-muted);
      font-size: 0.8em;
    }
    .chunk {
      display: contents;
    }
    /* Papers a search hides stay hidden whatever display a theme gives ::part(paper) (inner !important wins). */
    [part][hidden],
    .chunk[hidden] {
      display: none !important;
    }
    [part='paper'] {
      padding: 0.75em 0;
      border-bottom: 1px solid var(--_we-border);
      overflow-wrap: anywhere;
      /* Off-screen papers skip layout and paint until scrolled near; find-in-page still finds them. */
      content-visibility: auto;
      contain-intrinsic-size: auto var(--we-paper-size, 9em);
    }
    [part~='title'] {
      font-size: 1.1em;
      font-weight: 600;
      line-height: 1.3;
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
      margin-top: 0.35em;
    }
    [part~='badge'] {
      display: inline-block;
      max-width: 100%;
      /* Combining marks (zalgo text) must not paint over the links below. */
      overflow: hidden;
      vertical-align: top;
      padding: 0.05em 0.5em;
      border-radius: 999px;
      font-size: 0.8em;
      font-weight: 600;
      background: var(--_we-badge);
      color: var(--_we-on-accent);
    }
    [part~='award'] {
      background: var(--_we-award);
      color: var(--_we-on-award);
    }
    [part~='award']::before {
      content: '★ ';
    }
    [part='authors'] {
      margin: 0.35em 0 0;
      color: var(--_we-muted);
    }
    [part='affiliation'] {
      font-size: 0.9em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.9em;
      margin-top: 0.35em;
    }
    [part='links'] {
      display: contents;
      list-style: none;
    }
    [part='links'] li {
      display: inline;
    }
    [part='links'] a {
      display: inline-block;
      min-height: 24px;
      line-height: 24px;
    }
    [part='abstract'] {
      margin-top: 0.25em;
    }
    [part='abstract'] summary {
      cursor: pointer;
      min-height: 24px;
      width: max-content;
      color: var(--_we-link);
    }
    [part='abstract'] p {
      margin: 0.35em 0 0;
      white-space: pre-line;
    }
    .keywords {
      margin: 0.25em 0 0;
      font-size: 0.875em;
      color: var(--_we-muted);
    }
    [part='bibtex'] {
      margin: 0.5em 0 0;
      padding: 0.5em 0.75em;
      background: var(--_we-surface);
      border: 1px solid var(--_we-border);
      border-radius: calc(var(--_we-radius) / 2);
      font-size: 0.85em;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      user-select: all;
    }
    mark {
      background: var(--_we-mark);
      color: var(--_we-on-mark);
      border-radius: 2px;
    }
    [part='no-results'] {
      color: var(--_we-muted);
    }
    @media print {
      [part='paper'] {
        content-visibility: visible;
        break-inside: avoid;
      }
      /* A closed abstract prints as nothing rather than a disclosure that cannot be opened on paper; an open one
         prints whole. */
      [part='abstract']:not([open]) {
        display: none;
      }
      [part='links'] a::after {
        content: ' (' attr(href) ')';
        font-size: 0.8em;
      }
    }
  `];function Ti(t,e,...s){const i=document.createElement(t);if(e)for(const t in e)i.setAttribute(t,e[t]);return i.append(...s),i}function Mi(t,...e){const s=ne(t);return Ti("a",s?{href:t,rel:s}:{href:t},...e)}function zi(t,e){return e.length?li(t,e).map(t=>t.mark?Ti("mark",{part:"mark"},t.text):t.text):[t]}const Ni=t=>void 0!==t&&/^(oral|spotlight)$/i.test(t),Li=/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;function Ui(t,e){return!t.authors.some(t=>t.url||e.affiliations&&t.affiliations.length||Li.test(t.name))}function Pi(t,e){const s=t=>zi(t,e.terms);return Ui(t,e)?s(t.authors.map(t=>t.name).join(", ")):t.authors.flatMap((t,i)=>[...i?[", "]:[],Ti("span",{class:"author",dir:"auto"},...t.url?[Mi(t.url,...s(t.name))]:s(t.name),...e.affiliations&&t.affiliations.length?[" ",Ti("span",{part:"affiliation"},"(",...s(t.affiliations.join("; ")),")")]:[])])}const Oi=new Map;function Ri(t,e,s){s.length?t.replaceChildren(...zi(e,s)):t.firstChild.data=e}function Di(t,e){t.setAttribute("href",e);const s=ne(e);s&&t.setAttribute("rel",s)}function Ii(t,e){const s=function(t,e){let s=Oi.get(e);if(!s){const i=Bs.filter(([e])=>t[e]),r=[t.award?Ti("span",{part:"badge award"},""):void 0,Ni(t.type)?Ti("span",null,""):void 0].filter(t=>void 0!==t);s=Ti("article",{part:"paper"},Ti("div",{part:"title heading",role:"heading"},t.pdf??t.url?Ti("a",null,""):""),...r.length?[Ti("div",{class:"badges"},...r)]:[],...t.authors.length?[Ti("p",{part:"authors"},"")]:[],...t.keywords.length?[Ti("p",{class:"keywords"},"")]:[],Ti("div",{class:"actions"},...i.length?[Ti("ul",{part:"links"},...i.map(([,t])=>Ti("li",null,Ti("a",null,t))))]:[],Ti("button",{part:"bibtex-button",type:"button"},"BibTeX")),...t.abstract?[Ti("details",{part:"abstract"},Ti("summary",null,"Abstract"),Ti("p",null,""))]:[]),Oi.set(e,s)}return s.cloneNode(!0)}(t,function(t){let e=0;const s=[!!(t.pdf??t.url),!!t.award,Ni(t.type),t.authors.length>0,!!t.abstract,t.keywords.length>0,...Bs.map(([e])=>!!t[e])];return s.forEach((t,s)=>e|=t?1<<s:0),e}(t));s.id=t.id;const i=`paper-list-title-${t.index}`;s.setAttribute("aria-labelledby",i);let r=s.firstElementChild;r.id=i,r.setAttribute("aria-level",String(e.level));const o=t.pdf??t.url;if(o&&Di(r.firstElementChild,o),Ri(r.firstElementChild??r,t.title,e.terms),r=r.nextElementSibling,"badges"===r.className){let e=r.firstElementChild;t.award&&(e.firstChild.data=t.award,e=e.nextElementSibling),e&&(e.setAttribute("part",`badge ${t.type.toLowerCase()}`),e.firstChild.data=t.type),r=r.nextElementSibling}t.authors.length&&(!e.terms.length&&Ui(t,e)?r.firstChild.data=t.authors.map(t=>t.name).join(", "):r.replaceChildren(...Pi(t,e)),r=r.nextElementSibling),t.keywords.length&&(Ri(r,t.keywords.join(" · "),e.terms),r=r.nextElementSibling);const n=r.firstElementChild;if("ul"===n.localName){let e=n.firstElementChild;for(const[s]of Bs)t[s]&&(Di(e.firstElementChild,t[s]),e=e.nextElementSibling)}return r=r.nextElementSibling,t.abstract&&Ri(r.lastElementChild,t.abstract,e.terms),(void 0!==e.bibtex||e.copied)&&Bi(s,t,e),s}function ji(t,e,s){t.querySelector('[part="authors"]')?.replaceChildren(...Pi(e,s))}function Bi(t,e,s){const i=t.querySelector('[part="bibtex-button"]'),r=s.copied?"BibTeX copied":"BibTeX";i.textContent!==r&&(i.textContent=r);const o=t.querySelector('[part="bibtex"]');void 0===s.bibtex?(i.removeAttribute("aria-expanded"),o?.remove()):(i.setAttribute("aria-expanded","true"),o||t.append(Ti("pre",{part:"bibtex",tabindex:"0","aria-label":`BibTeX of ${e.title}`},s.bibtex)))}class qi{constructor(t,e){this.options=e,this.onPopState=()=>{this.options.enabled()&&this.read()},t.addController(this)}hostConnected(){this.options.enabled()&&this.read(),window.addEventListener("popstate",this.onPopState)}hostDisconnected(){window.removeEventListener("popstate",this.onPopState)}write(t,e="filter"){if(!this.options.enabled())return;this.lastWrite=e;const{filters:s,order:i}=this.options.current(),r=new URL(location.href);for(const t of["q",...vi])s[t]?r.searchParams.set(t,s[t]):r.searchParams.delete(t);i&&i!==this.options.defaultSort()?r.searchParams.set("sort",i):r.searchParams.delete("sort"),r.href!==location.href&&("push"===t?history.pushState(history.state,"",r):history.replaceState(history.state,"",r))}read(){const t=new URL(location.href).searchParams,e=e=>t.get(e)??"",s=e("sort");this.options.apply({filters:{q:e("q"),type:e("type"),award:e("award"),session:e("session"),keyword:e("keyword")},order:this.options.sorts.includes(s)?s:void 0}),this.lastWrite=void 0}}function Fi(t){const e=t.raw("authors");return null==e?[]:"string"==typeof e?function(t){const e=t.split(t.includes(";")?/\s*;\s*|\s+and\s+/i:/\s*,\s*|\s+and\s+/i),s=[];for(const t of e.map(t=>t.trim()).filter(Boolean))s.length&&/^(?:jr|sr|ii|iii|iv)\.?$/i.test(t)?s[s.length-1]+=`, ${t}`:s.push(t);return s}(e).map(t=>({name:t,affiliations:[]})):Array.isArray(e)?jt(e,`${t.path}.authors`,t.problems,(e,s)=>{if("string"==typeof e)return e.trim()?{name:e,affiliations:[]}:void 0;if("number"==typeof e&&Number.isFinite(e))return{name:String(e),affiliations:[]};const i=It(e,s,t.problems,"author");if(!i)return;const r=i.requiredText("name","author"),o={name:r??"",affiliations:i.textList("affiliation")??[],url:i.url("url")};return i.done(),void 0===r?void 0:o}):(t.warn("authors",`expected a list of names or { name, affiliation, url }, got ${Ot(e)}`),[])}function Hi(t){return Bt(t,"papers",Ji())}function Ji(){const t=new Map;return(e,s,i,r)=>{const o=It(e,s,r,"paper");if(!o)return;const n=o.requiredText("title","paper"),a=o.text("id")?.trim()||void 0,l={id:"",givenId:void 0!==a,title:n??"",authors:Fi(o),abstract:(d=o.text("abstract"),d?.trim()?d:void 0),keywords:o.textList("keywords")??[],type:o.text("type")?.trim()||void 0,award:o.text("award")?.trim()||void 0,session:o.text("session")?.trim()||void 0,bibtex:o.text("bibtex")?.trim()||void 0,index:i};var d;for(const[t]of Bs)l[t]=o.url(t);if(o.done(),void 0===n)return;let h=a??function(t,e){return[Js(t),Ws(e)].filter(Boolean).join("-")||"paper"}(l.authors[0]?.name,n);if(t.has(h)){let e=2;for(;t.has(`${h}-${e}`);)e++;const s=`${h}-${e}`;void 0!==a&&o.warn("id",`duplicate id "${h}" (also ${t.get(h)}); renamed to "${s}"`),h=s}return t.set(h,s),l.id=h,l}}const Wi={q:"",type:"",award:"",session:"",keyword:""},Zi=Object.keys(ki);class Vi extends lt{get dataComplete(){return this.data.complete}constructor(){super(),this.sort="given",this.headingLevel=3,this.syncUrl=!1,this.filters=Wi,this.showAffiliations=!1,this.message="",this.data=new Jt(this,{tag:"paper-list",name:"papers",value:()=>this.papers,src:()=>this.src,validate:Hi,item:Ji,rendered:()=>!this.engine.pending()}),this.hays=new WeakMap,this.engine=new yi({paper:t=>(this.highlight.built(t.id),Ii(t,this.rowOptions(t))),groupLevel:()=>this.level,hay:t=>this.hay(t)}),this.highlight=new Ci(this,this.engine,(t,e,s)=>function(t,e,s,i){const r=t=>zi(t,s.terms);if(i.text){const i=t.querySelector('[part~="title"]');("a"===i.firstElementChild?.localName?i.firstElementChild:i).replaceChildren(...r(e.title)),ji(t,e,s),t.querySelector(".keywords")?.replaceChildren(...r(e.keywords.join(" · ")))}i.abstract&&t.querySelector('[part="abstract"] > p')?.replaceChildren(...r(e.abstract??""))}(t,e,this.rowOptions(e),s)),this.url=new qi(this,{enabled:()=>this.syncUrl,current:()=>({filters:this.filters,order:this.order}),defaultSort:()=>this.sortOrder,apply:({filters:t,order:e})=>{this.filters=t,this.order=e},sorts:Zi}),this.bibtex=new ti(this,{all:()=>this.engine.view?.all??[],paper:t=>this.engine.paper(t),patch:t=>this.touch(t),announce:t=>this.message=t}),this.warnings=new qt("paper-list"),this.phase="state",this.sortOrder="given",this.options=_i,this.affiliationsShown=!1,this.onBeforePrint=()=>{if(this.engine.view){this.engine.unlimit(),this.requestUpdate(),this.performUpdate();for(const t of this.engine.shown)this.highlight.refresh(t)}},this.onSearchInput=t=>{this.setFilters({...this.filters,q:t.target.value},"replace")},this.setFilter=(t,e)=>{this.setFilters({...this.filters,[t]:e},"push")},this.onSortChange=t=>{this.order=t.target.value,this.url.write("push")},this.onAffiliationsChange=t=>{this.showAffiliations=t.target.checked},this.clearFilters=()=>{this.setFilters(Wi,"push"),this.updateComplete.then(()=>this.renderRoot.querySelector('[part="search"]')?.focus())},this.onListClick=t=>{const e=t.composedPath()[0].closest?.('[part="bibtex-button"]'),s=e&&this.engine.paper(e.closest("article")?.id??"");s&&this.bibtex.click(s)},this.download=()=>this.bibtex.download(this.engine.shown),new Xt(this,t=>this.paperElement(t),t=>{const e=this.engine.paper(t);return e&&`papers[${e.index}].id`}),this.addEventListener("click",this.onListClick)}connectedCallback(){super.connectedCallback(),window.addEventListener("beforeprint",this.onBeforePrint),this.hasUpdated&&this.requestUpdate()}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener("beforeprint",this.onBeforePrint),this.cancelStep?.(),this.cancelIndex?.(),this.cancelStep=this.cancelIndex=this.indexing=void 0}toBibTeX(){return this.bibtex.file(this.engine.shown)}willUpdate(t){(t.has("headingLevel")||t.has("groupBy"))&&this.engine.reset(),this.sortOrder=function(t){const e=t?.toLowerCase();return e&&Zi.includes(e)?e:"given"}(this.sort),this.grouping=function(t){const e=t?.toLowerCase();return"session"===e||"type"===e?e:void 0}(this.groupBy),this.data.sync();const e=this.data.state,s=this.order??this.sortOrder;if("ready"!==e.status||!e.data.length&&!e.partial?this.phase="state":!e.partial||"given"===s&&!this.grouping&&e.data.length?this.phase="list":this.phase="waiting","list"!==this.phase||"ready"!==e.status)return void this.engine.reset();const i=e.data;this.engine.setView(i,s,this.grouping)&&this.highlight.reset();const r=this.filters;if(this.engine.needsFilters(r)){const t=oi(r.q);this.highlight.search(t,()=>this.engine.applyFilters(r,t))}this.engine.display(),e.partial?this.options=_i:this.optionsFor!==i&&(this.optionsFor=i,this.options=function(t){return{options:{type:["All types",gi(t,t=>t.type)],award:["All papers",gi(t,t=>t.award)],session:["All sessions",gi(t,t=>t.session)],keyword:["All keywords",Ai(t)]},affiliations:t.some(t=>t.authors.some(t=>t.affiliations.length))}}(i))}render(){return H`<div part="base">${this.renderContent()}</div>`}renderContent(){const t=this.data.state;if("state"===this.phase)return re("paper-list",t,{loading:"Loading papers…",empty:"No papers yet."})??this.renderEmpty();if("waiting"===this.phase||"ready"!==t.status)return H`<div part="loading" role="status">Loading papers…</div>`;const e=t.data,s=t.partial||this.engine.pending(),i=this.engine.shown.length,r=this.order??this.sortOrder,o=[e,this.filters,r,this.showAffiliations,i,t.partial,this.options,this.label];return H`${e.length>1?js(o,()=>function(t){const e=t.filters,{options:s,affiliations:i}=t.options;return H`<div part="controls" role="search" aria-label=${t.searchLabel}>
    <label class="field search">
      <span>Search papers</span>
      <input
        part="search"
        type="search"
        .value=${e.q}
        placeholder="Title, author, abstract, keyword"
        autocomplete="off"
        @input=${t.onSearchInput}
      />
    </label>
    ${vi.filter(t=>s[t][1].length>0).map(i=>H`<label class="field">
          <span>${xi[i]}</span>
          <!-- .selected, not ?selected: the attribute stops selecting once the visitor has used the menu, and
               Back must show the filter it brings back. -->
          <select part="filter" name=${i} @change=${e=>t.onFilter(i,e.target.value)}>
            <option value="" .selected=${si(!e[i])}>${s[i][0]}</option>
            ${s[i][1].map(t=>H`<option .value=${t} .selected=${si(e[i]===t)}>${t}</option>`)}
          </select>
        </label>`)}
    <label class="field">
      <span>Sort by</span>
      <select part="sort" name="sort" @change=${t.onSort}>
        ${Object.entries(ki).map(([e,s])=>H`<option value=${e} .selected=${si(t.sort===e)}>${s}</option>`)}
      </select>
    </label>
    ${i?H`<label class="check">
            <input type="checkbox" .checked=${t.showAffiliations} @change=${t.onAffiliations} />
            Show affiliations
          </label>`:W}
    <button part="download" type="button" ?disabled=${0===t.count} @click=${t.onDownload}>Download .bib</button>
    <p part="status" role="status">
      ${t.partial?"Loading papers…":t.count===t.total?`${Si(t.total)} papers`:`${Si(t.count)} of ${Si(t.total)} papers`}
    </p>
  </div>`}({total:e.length,count:i,partial:t.partial,filters:this.filters,sort:r,showAffiliations:this.showAffiliations,options:this.options,searchLabel:Qt(this,this.label)("Search papers"),onSearchInput:this.onSearchInput,onFilter:this.setFilter,onSort:this.onSortChange,onAffiliations:this.onAffiliationsChange,onDownload:this.download})):W}
      <div part="list" aria-busy=${s?"true":"false"}></div>
      ${0!==i||t.partial?W:this.renderNoResults()}
      <span class="visually-hidden" aria-live="polite">${this.message}</span>`}renderEmpty(){return H`<p part="empty">No papers yet.</p>`}renderNoResults(){const t=this.filters,e=t.q?`match “${t.q}”`:"match these filters";return H`<p part="no-results">
      No papers ${e}.
      <button type="button" @click=${this.clearFilters}>Clear search and filters</button>
    </p>`}updated(t){if(t.has("sort")&&null!=this.sort&&this.sortOrder!==this.sort.toLowerCase()&&this.warnings.warn("sort",`sort "${this.sort}" is not one of ${Zi.join(", ")}; the given order is used`),t.has("groupBy")&&this.groupBy&&!this.grouping&&this.warnings.warn("group-by",`group-by "${this.groupBy}" is not session or type; papers are not grouped`),"list"!==this.phase)return;const e=this.engine.view;if(this.affiliationsShown!==this.showAffiliations){this.affiliationsShown=this.showAffiliations;for(const[t,e]of this.engine.builtPapers())t.authors.some(t=>t.affiliations.length)&&ji(e,t,this.rowOptions(t))}const s=this.shadowRoot.querySelector('[part="list"]');if(s&&this.engine.sync(s),this.highlight.flush(),this.engine.endStep(),this.engine.pending())this.cancelStep??=Et(()=>{this.cancelStep=void 0,this.engine.pending()&&(this.engine.startStep(),this.requestUpdate())});else if(this.indexing!==e.all&&("ready"!==this.data.state.status||!this.data.state.partial)){const t=e.all;this.indexing=t,this.cancelIndex=Et(()=>this.buildIndex(t))}}get level(){return Math.min(6,Math.max(1,Math.round(this.headingLevel)||3))}hay(t){let e=this.hays.get(t);return void 0===e&&this.hays.set(t,e=function(t){return ri([t.title,...t.authors.map(t=>`${t.name} ${t.affiliations.join(" ")}`),t.abstract??"",t.keywords.join(" ")].join("\n"))}(t)),e}buildIndex(t,e=0){const s=performance.now()+10;let i=e;for(;i<t.length&&performance.now()<s;i++)this.hay(t[i]);i<t.length&&this.indexing===t&&(this.cancelIndex=Et(()=>this.buildIndex(t,i)))}rowOptions(t){return{level:Math.min(6,this.level+(this.grouping?1:0)),terms:this.highlight.termsFor(t.id),affiliations:this.showAffiliations,...this.bibtex.state(t)}}paperElement(t){const e=this.shadowRoot?.getElementById(t);if(e&&!e.closest("[hidden]"))return e;const s=this.engine.view?.position.get(t);return void 0===s||(this.engine.reach(s),queueMicrotask(()=>{this.engine.matches(s)||this.setFilters(Wi,"replace"),this.requestUpdate()})),null}setFilters(t,e){const s=""!==this.filters.q||""!==t.q;this.filters=t,this.message="",this.url.write("replace"===e&&s&&"q"===this.url.lastWrite?"replace":"push","replace"===e?"q":"filter")}touch(t){const e=this.shadowRoot.getElementById(t.id);e&&Bi(e,t,this.rowOptions(t))}}Vi.styles=Ei,t([pt({type:Array,converter:Ht("papers")})],Vi.prototype,"papers",void 0),t([pt()],Vi.prototype,"src",void 0),t([pt()],Vi.prototype,"venue",void 0),t([pt()],Vi.prototype,"year",void 0),t([pt({attribute:"group-by"})],Vi.prototype,"groupBy",void 0),t([pt()],Vi.prototype,"sort",void 0),t([pt({attribute:"heading-level",type:Number})],Vi.prototype,"headingLevel",void 0),t([pt()],Vi.prototype,"label",void 0),t([pt({attribute:"sync-url",type:Boolean})],Vi.prototype,"syncUrl",void 0),t([ut()],Vi.prototype,"filters",void 0),t([ut()],Vi.prototype,"order",void 0),t([ut()],Vi.prototype,"showAffiliations",void 0),t([ut()],Vi.prototype,"message",void 0),customElements.get("paper-list")||customElements.define("paper-list",Vi);const Ki=us(class extends ms{constructor(t){if(super(t),t.type!==hs||"class"!==t.name||t.strings?.length>2)throw Error("`classMap()` can only be used in the `class` attribute and must be the only part in the attribute.")}render(t){return" "+Object.keys(t).filter(e=>t[e]).join(" ")+" "}update(t,[e]){if(void 0===this.st){this.st=new Set,void 0!==t.strings&&(this.nt=new Set(t.strings.join(" ").split(/\s/).filter(t=>""!==t)));for(const t in e)e[t]&&!this.nt?.has(t)&&this.st.add(t);return this.render(e)}const s=t.element.classList;for(const t of this.st)t in e||(s.remove(t),this.st.delete(t));for(const t in e){const i=!!e[t];i===this.st.has(t)||this.nt?.has(t)||(i?(s.add(t),this.st.add(t)):(s.remove(t),this.st.delete(t)))}return J}});const Gi=n(2.4),Xi=n(1.5),Yi=[ns,a`
    :host {
      /* The public custom properties, with their defaults; set them on the element or any ancestor.
         Sizes in em, not rem: Bootstrap 3 sets html { font-size: 10px }, which would shrink rem sizes by a third. */
      --_we-sponsor-logo-height: var(--we-sponsor-logo-height, 4.5em);
      --_we-sponsor-tier-1-height: var(--we-sponsor-tier-1-height, 6em);
      --_we-sponsor-tier-2-height: var(--we-sponsor-tier-2-height, 4.5em);
      --_we-sponsor-tier-3-height: var(--we-sponsor-tier-3-height, 3.5em);
      --_we-sponsor-tier-4-height: var(--we-sponsor-tier-4-height, 2.75em);
      --_we-sponsor-gap: var(--we-sponsor-gap, 0.75em 1.25em);
      --_we-sponsor-align: var(--we-sponsor-align, center);
      --_we-sponsor-padding: var(--we-sponsor-padding, 0.5em);
      --_we-sponsor-name-color: var(--we-sponsor-name-color, currentColor);
      --_we-sponsor-name-weight: var(--we-sponsor-name-weight, 650);
      --_we-sponsor-heading-color: var(--we-sponsor-heading-color, var(--_we-muted));
      --_we-sponsor-plate-color: var(--we-sponsor-plate-color, #ffffff);
      --_we-sponsor-plate-text-color: var(--we-sponsor-plate-text-color, #1f1f1f);
      --_we-sponsor-plate-radius: var(--we-sponsor-plate-radius, var(--_we-radius));
      --_we-sponsor-monochrome-opacity: var(--we-sponsor-monochrome-opacity, 0.8);
      --_we-sponsor-transition: var(--we-sponsor-transition, 0.2s ease);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    [part~='tiers'] {
      display: grid;
      gap: calc(var(--_we-gap) * 1.25);
    }
    [part~='tier-heading'] {
      margin: 0 0 0.5em;
      text-align: var(--_we-sponsor-align);
      color: var(--_we-sponsor-heading-color);
      font-size: 0.85em;
      font-weight: 600;
      letter-spacing: 0.08em;
      text-transform: uppercase;
    }
    [part~='list'] {
      display: flex;
      flex-wrap: wrap;
      justify-content: var(--_we-sponsor-align);
      align-items: flex-start;
      gap: var(--_we-sponsor-gap);
    }
    /* --_we-h: the height a square logo gets in this group (the tier height H of balance.ts). */
    .size-0 {
      --_we-h: var(--_we-sponsor-logo-height);
    }
    .size-1 {
      --_we-h: var(--_we-sponsor-tier-1-height);
    }
    .size-2 {
      --_we-h: var(--_we-sponsor-tier-2-height);
    }
    .size-3 {
      --_we-h: var(--_we-sponsor-tier-3-height);
    }
    .size-4 {
      --_we-h: var(--_we-sponsor-tier-4-height);
    }
    [part~='sponsor'] {
      display: flex;
      flex-direction: column;
      align-items: center;
      width: calc(var(--_we-h) * ${Gi} + 2 * var(--_we-sponsor-padding));
      max-width: 100%;
      break-inside: avoid;
    }
    [part~='link'] {
      display: block;
      max-width: 100%;
      text-decoration: none;
      border-radius: var(--_we-sponsor-plate-radius);
    }
    /* Every slot of a tier is the same size whatever its logo, so a logo that loads late moves nothing. */
    [part~='frame'] {
      display: flex;
      align-items: center;
      justify-content: center;
      width: calc(var(--_we-h) * ${Gi} + 2 * var(--_we-sponsor-padding));
      max-width: 100%;
      min-height: calc(var(--_we-h) * ${Xi} + 2 * var(--_we-sponsor-padding));
      padding: var(--_we-sponsor-padding);
      border-radius: var(--_we-sponsor-plate-radius);
    }
    [part~='logo'] {
      display: block;
      width: 100%;
      height: calc(var(--_we-h) * ${Xi});
      max-width: 100%;
      object-fit: contain;
    }
    /* Sized from the logo's natural dimensions once it has loaded (balance.ts). */
    [part~='logo'].sized {
      width: calc(var(--_we-h) * var(--_we-w));
      height: calc(var(--_we-h) * var(--_we-s));
    }
    [part~='name'] {
      color: var(--_we-sponsor-name-color);
      font-weight: var(--_we-sponsor-name-weight);
      font-size: max(0.95em, calc(var(--_we-h) * 0.28));
      line-height: 1.15;
      text-align: center;
      overflow-wrap: anywhere;
      min-width: 0;
    }
    [part~='name'].long {
      font-size: max(0.8em, calc(var(--_we-h) * 0.2));
    }
    [part~='name'].longer {
      font-size: max(0.7em, calc(var(--_we-h) * 0.16));
    }
    [part~='link']:hover [part~='name'] {
      text-decoration: underline;
      text-decoration-thickness: 2px;
      text-underline-offset: 0.15em;
    }
    [part~='description'] {
      margin-top: 0.25em;
      max-width: 100%;
      color: var(--_we-muted);
      font-size: 0.875em;
      text-align: center;
      overflow-wrap: anywhere;
    }
    .plate [part~='frame'] {
      background: var(--_we-sponsor-plate-color);
      color: var(--_we-sponsor-plate-text-color);
    }
    .plate [part~='name'] {
      color: var(--_we-sponsor-plate-text-color);
    }
    .monochrome [part~='logo'] {
      filter: grayscale(1);
      opacity: var(--_we-sponsor-monochrome-opacity);
      transition:
        filter var(--_we-sponsor-transition),
        opacity var(--_we-sponsor-transition);
    }
    .monochrome [part~='sponsor']:hover [part~='logo'],
    .monochrome [part~='link']:focus [part~='logo'] {
      filter: none;
      opacity: 1;
    }
    @media (prefers-reduced-motion: reduce) {
      .monochrome [part~='logo'] {
        transition: none;
      }
    }
  `],Qi=t=>t.trim().toLowerCase();function tr(t){return Bt(t,"sponsors",(t,e,s,i)=>{const r=It(t,e,i,"sponsor");if(!r)return;const o=r.requiredText("name","sponsor"),n=i.length,a=r.url("logo","image");i.length>n&&(i[n].message+=" (the name is shown instead)");const l=r.url("url"),d=r.text("tier")?.trim();""===d&&r.warn("tier","empty, shown with the sponsors without a tier");const h=r.text("description")?.trim()||void 0;return r.done(),void 0!==o?{name:o,logo:a,url:l,tier:d||void 0,description:h,index:s}:void 0})}const er={fromAttribute(t){if(null!==t){if(!t.trim().startsWith("["))return t;try{return JSON.parse(t)}catch(t){return new Ft("tiers",t.message)}}}};class sr extends lt{constructor(){super(...arguments),this.label="Sponsors",this.tierHeading="{tier}",this.untieredHeading="Supporters",this.headingLevel=3,this.monochrome=!1,this.plate=!1,this.logoSizes=new Map,this.brokenLogos=new Set,this.data=new Jt(this,{tag:"sponsor-strip",name:"sponsors",value:()=>this.sponsors,src:()=>this.src,validate:tr}),this.warnings=new qt("sponsor-strip"),this.tierProblems=[]}get dataComplete(){return this.data.complete}willUpdate(t){if(t.has("tiers")){const{tiers:t,problems:e}=function(t){const e=[];if(null==t)return{problems:e};if(t instanceof Ft)return e.push({path:"tiers",message:`not valid JSON: ${t.message} (tiers in order of first appearance)`}),{problems:e};if("string"==typeof t&&(t=t.split(",")),!Array.isArray(t))return e.push({path:"tiers",message:`expected a list of tier names, got ${Ot(t)} (ignored)`}),{problems:e};const s=[],i=new Set;return t.forEach((t,r)=>{if("string"!=typeof t&&("number"!=typeof t||!Number.isFinite(t)))return void e.push({path:`tiers[${r}]`,message:`expected a tier name, got ${Ot(t)} (ignored)`});const o=String(t).trim();""===o||i.has(Qi(o))||(i.add(Qi(o)),s.push(o))}),{tiers:s,problems:e}}(this.tiers);this.tierOrder=t,this.tierProblems=e}this.data.sync();const e=this.data.state;"ready"===e.status&&this.arrange(e.data)}updated(t){t.has("tiers")&&this.warnings.problems('the "tiers" attribute',this.tierProblems);const e=this.arranged?.result;e&&e!==this.reported&&(this.reported=e,this.warnings.problems("the sponsors' tiers",e.problems))}render(){const t=Ki({monochrome:this.monochrome,plate:this.plate});return H`<div part="base" class=${t}>${this.renderContent()}</div>`}renderContent(){const t=this.data.state;if("ready"!==t.status)return re("sponsor-strip",t,ir);const{groups:e}=this.arrange(t.data);return 0===e.length?re("sponsor-strip",{status:"empty"},ir):1===e.length&&0===e[0].size?H`<ul part="list" class="size-0" aria-label=${this.label}>
        ${e[0].sponsors.map(t=>this.renderSponsor(t))}
      </ul>`:H`<ul part="tiers" aria-label=${this.label}>
      ${e.map((t,e)=>this.renderTier(t,e))}
    </ul>`}renderTier(t,e){const s=Math.min(t.size,4),i=void 0===t.tier?this.untieredHeading:this.tierHeading.split("{tier}").join(t.tier);return H`<li part="tier tier-${s}${void 0===t.tier?" untiered":""}" class="size-${s}">
      <div part="heading tier-heading" role="heading" aria-level=${this.level} id="tier-${e}">${i}</div>
      <ul part="list" aria-labelledby="tier-${e}">
        ${t.sponsors.map(t=>this.renderSponsor(t))}
      </ul>
    </li>`}renderSponsor(t){const e=void 0!==t.logo&&!this.brokenLogos.has(t.logo),s=e?this.logoSizes.get(t.logo):void 0,i=H`<span part="frame">
      ${e?H`<img
              part="logo"
              src=${t.logo}
              alt=${t.name}
              loading="lazy"
              decoding="async"
              class=${s?"sized":W}
              style=${ws(s?{"--_we-w":String(s.width),"--_we-s":String(s.height)}:{})}
              @load=${this.onLogoLoad}
              @error=${this.onLogoError}
            />`:H`<span part="name" class=${r=t.name,r.length>48?"long longer":r.length>24?"long":W}>${t.name}</span>`}
    </span>`;var r;return H`<li part="sponsor">
      ${t.url?ae(t.url,i,"link"):i}
      ${t.description?H`<span part="description">${t.description}</span>`:W}
    </li>`}onLogoLoad(t){const e=t.target,s=e.getAttribute("src");this.logoSizes.set(s,function(t,e){const s=t>0&&e>0?t/e:1,i=Math.min(1/Math.sqrt(s),1.5,2.4/s);return{width:i*s,height:i}}(e.naturalWidth,e.naturalHeight)),this.requestUpdate()}onLogoError(t){this.brokenLogos.add(t.target.getAttribute("src")),this.requestUpdate()}arrange(t){if(this.arranged?.data!==t||this.arranged.tierOrder!==this.tierOrder){const e=function(t,e){const s=[],i=new Map;e?.forEach((t,e)=>i.set(Qi(t),{tier:t,size:e+1,sponsors:[]}));const r=new Set(e?.map(Qi)),o=e?.length?e.map(t=>JSON.stringify(t)).join(", "):"no tiers",n=[];for(const a of t){if(void 0===a.tier){n.push(a);continue}const t=Qi(a.tier);let l=i.get(t);l||i.set(t,l={tier:a.tier,size:i.size+1,sponsors:[]}),e&&!r.has(t)&&s.push({path:`sponsors[${a.index}].tier`,message:`unknown tier ${JSON.stringify(a.tier)} ("tiers" lists ${o}); shown after the listed tiers`}),l.sponsors.push(a)}const a=[...i.values()].filter(t=>t.sponsors.length>0);return 0===a.length?{groups:n.length?[{size:0,sponsors:n}]:[],problems:s}:(n.length&&a.push({size:Math.max(4,i.size+1),sponsors:n}),{groups:a,problems:s})}(t,this.tierOrder);this.arranged={data:t,tierOrder:this.tierOrder,result:e}}return this.arranged.result}get level(){return Math.min(6,Math.max(1,Math.round(this.headingLevel)||3))}}sr.styles=Yi,t([pt({type:Array,converter:Ht("sponsors")})],sr.prototype,"sponsors",void 0),t([pt()],sr.prototype,"src",void 0),t([pt({converter:er})],sr.prototype,"tiers",void 0),t([pt()],sr.prototype,"label",void 0),t([pt({attribute:"tier-heading"})],sr.prototype,"tierHeading",void 0),t([pt({attribute:"untiered-heading"})],sr.prototype,"untieredHeading",void 0),t([pt({attribute:"heading-level",type:Number})],sr.prototype,"headingLevel",void 0),t([pt({type:Boolean})],sr.prototype,"monochrome",void 0),t([pt({type:Boolean})],sr.prototype,"plate",void 0);const ir={loading:"Loading sponsors…",empty:"No sponsors yet."};customElements.get("sponsor-strip")||customElements.define("sponsor-strip",sr);class rr{constructor(t,e){this.host=t,this.nextChange=e,this.now=Date.now(),this.onVisible=()=>{"visible"===document.visibilityState&&this.host.requestUpdate()},t.addController(this)}hostConnected(){document.addEventListener("visibilitychange",this.onVisible)}hostDisconnected(){document.removeEventListener("visibilitychange",this.onVisible),clearTimeout(this.timer)}hostUpdate(){this.now=Date.now()}hostUpdated(){if(clearTimeout(this.timer),!this.host.isConnected)return;const t=this.nextChange(this.now);Number.isFinite(t)&&(this.timer=setTimeout(()=>this.host.requestUpdate(),Math.min(t,36e5)))}}const or=6e4,nr=36e5,ar=24*nr;function lr(t){if(t<or)return"less than a minute left";const e=Math.floor(t/ar),s=Math.floor(t%ar/nr),i=Math.floor(t%nr/or);return e>0?`${((t,e,s=`${e}s`)=>`${t} ${1===t?e:s}`)(e,"day")}${s?` ${s} h`:""} left`:s>0?`${s} h${i?` ${i} min`:""} left`:`${i} min left`}const dr="AoE";function hr(t){const e=t.trim();return/^(aoe|anywhere[\s-]+on[\s-]+earth)$/i.test(e)?dr:e&&Le(e)?e:void 0}function cr(t){return t===dr?"Etc/GMT+12":t}function pr(t){if(t===dr||/^(Etc\/|UTC$|GMT$|UCT$|Universal$|Zulu$)/i.test(t)||!t.includes("/"))return;const e=t.slice(t.lastIndexOf("/")+1).replace(/_/g," ");return ur[e]??e}const ur={Calcutta:"Kolkata",Katmandu:"Kathmandu",Saigon:"Ho Chi Minh",Kiev:"Kyiv",Rangoon:"Yangon",Dacca:"Dhaka",Thimbu:"Thimphu","Ulan Bator":"Ulaanbaatar",Godthab:"Nuuk",Faeroe:"Faroe",Enderbury:"Kanton",Truk:"Chuuk",Ponape:"Pohnpei",Macao:"Macau","Ujung Pandang":"Makassar"},mr=new Set(["deadline","camera-ready"]),gr=86400;function fr(t,e,s){const[i,r,o]=t.split("-").map(Number);return Ie({year:i,month:r,day:o,hour:0,minute:0,second:e},cr(s))}function wr(t,e){if(void 0!==t.seconds){const s=fr(t.date,t.seconds,e);return{at:s,start:s,end:s}}return{at:fr(t.date,86399,e),start:fr(t.date,0,e),end:fr(t.date,gr,e)}}function vr(t,e){const s=[],i=new Set,r=(t,e,r)=>{let o=t;for(let e=2;i.has(o);e++)o=`${t}-${e}`;return r&&o!==t&&s.push({path:`${e}.id`,message:`"${t}" is the id of another date too; this one is "${o}"`}),i.add(o),o},o=t.map(t=>{const i=t.zone??e.zone??e.viewer;t.zone||e.zone||s.push({path:`${t.path}.timezone`,message:`missing, and the element has no timezone: assumed the visitor's own zone (${e.viewer}), so the moment differs from visitor to visitor; give "timezone" (e.g. "${dr}" or "America/Los_Angeles")`});const r=wr(t,i);let o;if(t.extendedFrom){const e=wr(t.extendedFrom,i);o={...t.extendedFrom,at:e.at},e.at>=r.at&&s.push({path:`${t.path}.extended_from`,message:`${br(t.extendedFrom)} is not before the new date ${br(t)}: an extension moves a deadline later (check which is which)`})}return{id:"",label:t.label,kind:t.kind,note:t.note,url:t.url,date:t.date,seconds:t.seconds,zone:i,assumedZone:!t.zone&&!e.zone,...r,extendedFrom:o,path:t.path}});o.forEach((e,s)=>t[s].id&&(e.id=r(t[s].id,e.path,!0))),o.forEach(t=>t.id||(t.id=r(We(t.label)||`date-${t.date}`,t.path,!1))),function(t,e){const s=new Map;for(const i of t){const t=`${i.date}|${i.seconds??""}|${i.zone}`,r=s.get(t)??[];if(s.set(t,[...r,i]),!r.length)continue;const o=r.find(t=>t.label===i.label);e.push({path:`${i.path}.date`,message:o?`the same date as ${o.path}, with the same label: listed twice?`:`the same date as ${r[0].path} ("${r[0].label}") with a different label: a copied row not updated?`})}}(o,s),e.eventDate&&function(t,e,s,i){const r=fr(e,gr,s);for(const s of t)"event"===s.kind||s.at<r||i.push({path:`${s.path}.date`,message:`${br(s)} is after the event itself (event-date ${e}): a typo in the year or month?`})}(o,e.eventDate,e.zone??e.viewer,s);const n=o.map((t,e)=>({d:t,i:e}));return n.sort((t,e)=>t.d.start-e.d.start||t.d.at-e.d.at||t.i-e.i),{dates:n.map(t=>t.d),problems:s}}function br(t){if(void 0===t.seconds)return t.date;const e=Math.floor(t.seconds/3600),s=Math.floor(t.seconds%3600/60);return`${t.date} ${String(e).padStart(2,"0")}:${String(s).padStart(2,"0")}`}function yr(t,e){let s;for(const i of t)mr.has(i.kind)&&i.at>e&&(!s||i.at<s.at)&&(s=i);return s}function $r(t,e){return e>=(void 0===t.seconds?t.end:t.at)?"past":void 0===t.seconds&&"deadline"!==t.kind&&"camera-ready"!==t.kind&&e>=t.start?"now":"upcoming"}function kr(t,e){return Be(t,cr(e))}const xr={year:"numeric",month:"short",day:"numeric"},_r={hour:"2-digit",minute:"2-digit",hourCycle:"h23"};function Ar(t,e,s){if(t===dr)return dr;const i=ce(e,t,s),r=pr(t);return/^(GMT|UTC)[+\-−]/.test(i)&&r?`${i} (${r})`:i||t}function Sr(t,e,s){if(void 0===e)return de(s,{...xr,timeZone:"UTC"}).format(Date.parse(t));const i=Date.parse(t)+1e3*e;return de(s,{...{...xr,..._r,...e%60?{second:"2-digit"}:{}},timeZone:"UTC"}).format(i)}function Cr(t,e,s){return de(s,{..._r,timeZone:e}).format(t)}function Er(t,e){return Fe(t.date,kr(t.at,e))}const Tr={deadline:"Deadline",notification:"Notification",event:"Event","camera-ready":"Camera-ready"},Mr=[ns,a`
    :host {
      --_next: var(--we-dates-next-color, var(--_accent));
      /* Not opacity: muted text inside a dimmed row fell below 4.5:1. */
      --_past: var(--we-dates-past-color, color-mix(in srgb, currentColor 80%, transparent));
      --_dot: var(--we-dates-dot-size, 0.75em);
      container-type: inline-size;
    }
    .base {
      display: grid;
      gap: calc(var(--_gap) * 0.75);
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    thead th {
      font-size: 0.8em;
      font-weight: 600;
      letter-spacing: 0.06em;
      text-transform: uppercase;
      color: var(--_muted);
      text-align: start;
      padding: 0 0.75em 0.4em;
      border-bottom: 1px solid var(--_border);
    }
    tbody th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.6em 0.75em;
      border-bottom: 1px solid var(--_border);
    }
    tbody th {
      font-weight: 600;
    }
    td:last-child {
      text-align: end;
    }
    .date {
      scroll-margin-top: var(--we-scroll-margin, 4em);
    }
    .is-past {
      color: var(--_past);
    }
    /* The next deadline: an accent edge and a light wash of the accent, readable in light and dark pages. */
    .is-next {
      background: color-mix(in srgb, var(--_next) 9%, transparent);
      box-shadow: inset 4px 0 0 var(--_next);
    }
    .label {
      margin-inline-end: 0.4em;
    }
    .label-line .label {
      font-weight: 600;
    }
    .badge,
    .countdown {
      display: inline-block;
      font-size: 0.8em;
      font-weight: 600;
      padding: 0.05em 0.55em;
      border-radius: 999px;
      white-space: nowrap;
      vertical-align: 0.1em;
    }
    .badge {
      border: 1px solid var(--_border);
      color: var(--_muted);
    }
    .badge.now {
      border-color: var(--_next);
      color: inherit;
    }
    .countdown {
      background: var(--_next);
      color: var(--_on-accent);
    }
    .note {
      display: block;
      font-weight: 400;
      font-size: 0.9em;
      color: var(--_muted);
      margin-top: 0.15em;
    }
    .written time,
    .local time {
      white-space: nowrap;
    }
    .zone {
      color: var(--_muted);
      white-space: nowrap;
    }
    s {
      color: var(--_muted);
      margin-inline-end: 0.4em;
    }
    .local > [aria-hidden],
    .local.same {
      color: var(--_muted);
    }
    .day-shift {
      display: inline-block;
      font-size: 0.8em;
      font-weight: 600;
      padding: 0 0.4em;
      border-radius: 4px;
      background: color-mix(in srgb, currentColor 10%, transparent);
      white-space: nowrap;
    }
    .calendar-button,
    [part~='download'] {
      background: transparent;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      padding: 0.25em 0.7em;
      font-size: 0.85em;
      white-space: nowrap;
    }
    .calendar-button:hover,
    [part~='download']:hover {
      background: var(--_surface);
      border-color: currentColor;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .notice {
      margin: 0;
      font-size: 0.9em;
      color: var(--_muted);
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    /* list: one block per date */
    ol.list > li {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.2em 1em;
      padding: 0.7em 0.75em;
      border-bottom: 1px solid var(--_border);
    }
    ol.list .label-line,
    ol.list .when {
      grid-column: 1;
      margin: 0;
    }
    ol.list .calendar-button {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: center;
    }
    .when {
      margin: 0;
    }
    .when .local::before {
      content: ' ';
    }
    /* timeline: a line of dots, the label and its date beside each; past dots filled, future ones hollow */
    ol.timeline > li {
      position: relative;
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.1em 1em;
      padding: 0 0 1em calc(var(--_dot) + 1em);
      box-shadow: none;
    }
    ol.timeline > li::before {
      content: '';
      position: absolute;
      left: calc(var(--_dot) / 2 - 1px);
      top: 0.7em;
      bottom: -0.7em;
      width: 2px;
      background: var(--_border);
    }
    ol.timeline > li:last-child::before {
      display: none;
    }
    ol.timeline > li::after {
      content: '';
      position: absolute;
      left: 0;
      top: 0.4em;
      width: var(--_dot);
      height: var(--_dot);
      border-radius: 50%;
      border: 2px solid var(--_accent);
      background: Canvas;
    }
    ol.timeline > li.is-past::after {
      background: var(--_accent);
    }
    ol.timeline > li.kind-event::after {
      border-radius: 2px;
    }
    ol.timeline > li.is-next {
      background: none;
    }
    ol.timeline > li.is-next::after {
      background: var(--_next);
      box-shadow: 0 0 0 4px color-mix(in srgb, var(--_next) 25%, transparent);
    }
    ol.timeline .label-line,
    ol.timeline .when {
      grid-column: 1;
      margin: 0;
    }
    ol.timeline .when {
      font-size: 0.92em;
    }
    ol.timeline .calendar-button {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: start;
    }
    ol.timeline .note {
      font-size: 0.85em;
    }
    /* Phones: the table's rows become blocks (label, date, your time, button), as the list shows them. */
    @container (max-width: 34em) {
      table,
      thead,
      tbody,
      tr,
      tbody th,
      td {
        display: block;
      }
      thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
      tr {
        padding: 0.6em 0.75em;
        border-bottom: 1px solid var(--_border);
      }
      tbody th,
      td {
        padding: 0.1em 0;
        border: 0;
      }
      td:last-child {
        text-align: start;
        padding-top: 0.4em;
      }
      ol.list > li,
      ol.timeline > li {
        grid-template-columns: 1fr;
      }
      ol.list .calendar-button,
      ol.timeline .calendar-button {
        grid-column: 1;
        grid-row: auto;
        justify-self: start;
        margin-top: 0.3em;
      }
    }
    @media print {
      .calendar-button,
      [part~='status'] {
        display: none !important;
      }
      .is-next {
        box-shadow: none;
        background: none;
      }
      tr.is-next,
      ol.list > li.is-next {
        box-shadow: inset 3px 0 0 currentColor;
      }
      .is-past {
        color: inherit;
      }
      .countdown {
        border: 1px solid;
        background: none;
        color: inherit;
      }
      ol.timeline > li::after {
        background: none;
      }
      tr,
      li {
        break-inside: avoid;
      }
    }
  `];const zr=["deadline","notification","event","camera-ready"],Nr=/^(\d{1,2}):(\d{2})(?::(\d{2}))?$/,Lr=/^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}:\d{2}(?::\d{2})?))?$/;function Ur(t){if("number"==typeof t)return Number.isInteger(t)&&t>=0&&t<=86400?t:void 0;if("string"!=typeof t)return;const e=Nr.exec(t.trim());if(!e)return;const[s,i,r]=[Number(e[1]),Number(e[2]),Number(e[3]??0)];return i>59||r>59||s>24||24===s&&(i||r)?void 0:3600*s+60*i+r}function Pr(t){const e=Lr.exec(t.trim());if(!e||!Qe(e[1]))return;if(void 0===e[2])return{date:e[1]};const s=Ur(e[2]);return void 0===s?void 0:{date:e[1],seconds:s}}const Or='a date like "2019-09-13" (the time goes in "time", the zone in "timezone")';function Rr(t){return Bt(t,"dates",(t,e,s,i)=>{const r=It(t,e,i,"date");if(!r)return;const o=r.text("id")?.trim()||void 0,n=r.requiredText("label","date")?.trim(),a=function(t){const e=t.raw("date");if(null==e)return void t.warn("date","missing (date skipped)");const s="string"==typeof e?Pr(e):void 0;s||t.warn("date",`expected ${Or}, got ${Ot(e)} (date skipped)`);return s}(r),l=function(t,e){const s=t.raw("time");if(null==s||""===s)return;const i=Ur(s);if(void 0===i)return t.warn("time",`expected a time like "23:59", got ${Ot(s)} (date skipped)`),null;if(void 0!==e?.seconds&&e.seconds!==i)return t.warn("time",'differs from the time in "date" (date skipped: which one is meant?)'),null;return i}(r,a),d=function(t){const e=t.text("timezone")?.trim();if(!e)return;const s=hr(e);if(void 0===s)return t.warn("timezone",`"${e}" is not an IANA time zone (like "America/Los_Angeles") or "AoE" (date skipped: its time would be a guess)`),null;return s}(r),h=r.text("note")?.trim()||void 0,c=r.url("url"),p=function(t){const e=t.text("kind");if(void 0===e)return"deadline";const s=e.trim().toLowerCase().replace(/[\s_]+/g,"-");return zr.includes(s)?s:(t.warn("kind",`unknown kind ${JSON.stringify(e)} (shown as a deadline; known: ${zr.join(", ")})`),"deadline")}(r),u=function(t,e){const s=t.raw("extended_from");if(null==s||""===s)return;const i="string"==typeof s?Pr(s):void 0;if(!i)return void t.warn("extended_from",`expected a date like "2019-09-06" or "2019-09-06T23:59", got ${Ot(s)} (ignored)`);return void 0===i.seconds?{date:i.date,seconds:e}:i}(r,a?.seconds??l??void 0);return r.done(),void 0!==n&&a&&null!==l&&null!==d?{id:o,label:n,date:a.date,seconds:a.seconds??l,zone:d,note:h,url:c,extendedFrom:u,kind:p,path:e}:void 0})}const Dr="important-dates",Ir=["table","list","timeline"],jr={loading:"Loading the dates…",empty:"No dates yet."};class Br extends lt{constructor(){super(),this.layout="table",this.headingLevel=3,this.label="Important dates",this.data=new Jt(this,{tag:Dr,name:"dates",value:()=>this.dates,src:()=>this.src,validate:Rr}),this.clock=new rr(this,t=>this.nextChange(t)),this.warnings=new qt(Dr),this.unreported=[],new Xt(this)}get dataComplete(){return this.data.complete}willUpdate(t){t.has("layout")&&!Ir.includes(this.layout)&&this.warnings.warn("layout",`layout "${this.layout}" is not one of ${Ir.join(", ")}; shown as a table`),t.has("eventDate")&&this.eventDate&&!Qe(this.eventDate.trim())&&this.warnings.warn("event-date",`event-date "${this.eventDate}" is not a date like "2019-12-13"; ignored`)}update(t){this.model=this.derive(),super.update(t)}updated(){this.warnings.problems("the dates (they are shown)",this.unreported),this.unreported=[];const t="error"===this.model?.kind?this.model.message:void 0;t&&t!==this.reportedError&&(this.warnings.error(t),queueMicrotask(()=>this.dispatchEvent(new mt({message:t,source:"timezone"})))),this.reportedError=t}render(){const t=this.model;if("state"===t.kind)return re(Dr,t.state,jr);if("error"===t.kind)return re(Dr,{status:"error",message:t.message},jr);const{dates:e,view:s,layout:i,state:r}=t;return e.length?H`<div part="base" class=${`base layout-${i}`}>
      ${"table"===i?this.renderTable(e,s):this.renderList(e,s,i)}
      ${this.renderNotice(r)}
      <div part="controls" class="controls">
        <button type="button" part="download" @click=${()=>this.download(e,"important-dates.ics")}>
          Add all dates to my calendar (.ics)
        </button>
      </div>
      <p part="status" role="status" class="visually-hidden">${this.announcement?.text}</p>
    </div>`:H`${re(Dr,{status:"empty"},jr)}${this.renderNotice(r)}`}derive(){const t=this.data.state;if("ready"!==t.status)return{kind:"state",state:t};const e=this.zone();if(null===e)return{kind:"error",message:`timezone "${this.timezone}" is not an IANA time zone (like "America/Los_Angeles") or "AoE"`};const s=this.viewer(),i=this.place(t,e,s),r=this.clockTime(),o=yr(i,r),n={viewer:s,now:r,next:o,lang:this.closest("[lang]")?.getAttribute("lang")||void 0},a=o?`${o.label}: ${lr(o.at-r)}`:"";return this.announcement=function(t,e,s,i=6e4){return t&&(t.text===e||s>=t.at&&s-t.at<i)?t:{text:e,at:s}}(this.announcement,a,r),{kind:"ready",state:t,dates:i,view:n,layout:Ir.includes(this.layout)?this.layout:"table"}}zone(){const t=this.timezone?.trim();return t?hr(t)??null:void 0}viewer(){const t=this.viewerTimezone?.trim(),e=t?hr(t):void 0;if(e)return"AoE"===e?"Etc/GMT+12":e;const s=Ue();return t&&this.warnings.warn("viewer-timezone",`viewer-timezone "${t}" is not an IANA time zone; the visitor's own (${s}) is used`),s}clockTime(){const t=this.now?Date.parse(this.now):NaN;return this.now&&!Number.isFinite(t)&&this.warnings.warn("now",`now "${this.now}" is not a date-time like "2019-09-13T12:00Z"; the real clock is used`),Number.isFinite(t)?t:this.clock.now}place(t,e,s){const i=this.eventDate&&Qe(this.eventDate.trim())?this.eventDate.trim():void 0,r=[t,e,s,i];if(this.placed?.key.every((t,e)=>t===r[e]))return this.placed.dates;const{dates:o,problems:n}=vr(t.data,{zone:e,viewer:s,eventDate:i});return this.unreported=n,this.placed={key:r,dates:o},o}nextChange(t){if(this.now||!this.placed)return 1/0;const e=this.placed.dates,s=yr(e,t);let i=s?function(t,e){const s=t-e;if(s<=0)return 1/0;if(s<or)return s;const i=s>=ar?nr:or;return(s%i||i)+1}(s.at,t):1/0;for(const s of e)for(const e of[s.start,s.at,s.end])e>=t&&(i=Math.min(i,e-t+1));return i}renderTable(t,e){return H`<table part="table" aria-label=${this.label}>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">When</th>
          <th scope="col">Your time</th>
          <th scope="col"><span class="visually-hidden">Calendar</span></th>
        </tr>
      </thead>
      <tbody>
        ${t.map(t=>H`<tr id=${t.id} part=${this.parts(t,e)} class=${this.classes(t,e)}>
              <th scope="row">${this.renderLabel(t,e)}</th>
              <td>${this.renderWritten(t,e)}</td>
              <td>${this.renderLocal(t,e)}</td>
              <td>${this.renderCalendarButton(t)}</td>
            </tr>`)}
      </tbody>
    </table>`}renderList(t,e,s){const i=Math.min(6,Math.max(1,Math.round(this.headingLevel)||3));return H`<ol part="list" class=${s} aria-label=${this.label}>
      ${t.map(t=>H`<li id=${t.id} part=${this.parts(t,e)} class=${this.classes(t,e)}>
            <div part="heading" role="heading" aria-level=${i} class="label-line">${this.renderLabel(t,e)}</div>
            <p class="when">${this.renderWritten(t,e)} ${this.renderLocal(t,e)}</p>
            ${this.renderCalendarButton(t)}
          </li>`)}
    </ol>`}parts(t,e){const s=$r(t,e.now);return`date ${t.kind}${"past"===s?" past":""}${t===e.next?" next":""}`}classes(t,e){return`date kind-${t.kind} is-${$r(t,e.now)}${t===e.next?" is-next":""}`}renderLabel(t,e){const s=$r(t,e.now);return H`<span part="label" class="label">${t.url?ae(t.url,t.label):t.label}</span>
      ${"past"===s?H`<span part="badge" class="badge">Past</span>`:W}
      ${"now"===s?H`<span part="badge" class="badge now">Today</span>`:W}
      ${t===e.next?H`<span part="countdown" class="countdown">${lr(t.at-e.now)}</span>`:W}
      ${t.note?H`<span part="note" class="note">${t.note}</span>`:W}`}renderWritten(t,e){const s=(t,e,s)=>void 0===e?t:new Date(s).toISOString(),i=t.extendedFrom;return H`<span part="written" class="written"
      >${i?H`<s part="extended-from"
                ><span class="visually-hidden">Originally </span
                ><time datetime=${s(i.date,i.seconds,i.at)}
                  >${Sr(i.date,i.seconds,e.lang)}</time
                ></s
              ><span class="visually-hidden">, extended to</span> `:W}<time datetime=${s(t.date,t.seconds,t.at)}>${Sr(t.date,t.seconds,e.lang)}</time>
      <span class="zone">${Ar(t.zone,t.at,e.lang)}</span></span
    >`}renderLocal(t,e){const s=function(t,e,s){const i=cr(t.zone),r=r=>kr(r,t.zone)===kr(r,e)&&Cr(r,i,s)===Cr(r,e,s);if(r(t.at)&&r(t.start))return;const o=t.date.slice(0,4),n=t=>{const i=kr(t,e).slice(0,4)===o?{month:"short",day:"numeric"}:xr;return de(s,{...i,..._r,timeZone:e}).format(t)},a=pr(e)??ce(t.at,e,s);return void 0!==t.seconds?{form:"at",times:[{at:t.at,text:n(t.at)}],place:a,shift:Er(t,e)}:mr.has(t.kind)?{form:"until",times:[{at:t.at,text:n(t.at)}],place:a,shift:Er(t,e)}:{form:"range",times:[{at:t.start,text:n(t.start)},{at:t.at,text:n(t.at)}],place:a,shift:0}}(t,e.viewer,e.lang);if(!s)return H`<span part="local" class="local same">Same in your time zone</span>`;const[i,r]=s.times,o=t=>H`<time datetime=${new Date(t.at).toISOString()}>${t.text}</time>`;return H`<span part="local" class="local"
      ><span aria-hidden="true">= </span><span class="visually-hidden">Your time: </span>${"until"===s.form?"until ":""}${o(i)}${r?H` – ${o(r)}`:W}
      in
      ${s.place}${s.shift?H` <span part="day-shift" class="day-shift">${n=s.shift,`${n>0?"+":"−"}${Math.abs(n)} day${1===Math.abs(n)?"":"s"}`}</span>`:W}</span
    >`;var n}renderCalendarButton(t){return H`<button
      type="button"
      part="calendar-button"
      class="calendar-button"
      @click=${()=>this.download([t],`${t.id}.ics`)}
    >
      Add to calendar<span class="visually-hidden">: ${t.label}</span>
    </button>`}renderNotice(t){const e=new Set(t.problems.filter(t=>/skipped\)$/.test(t.message)).map(t=>/^dates\[\d+\]/.exec(t.path)?.[0]));if(e.delete(void 0),!e.size)return W;const s=e.size;return H`<p part="notice" class="notice">
      ${1===s?"1 date is":`${s} dates are`} not shown: ${[...e].join(", ")} could not be read (the browser's
      console says why).
    </p>`}download(t,e){const s=function(t,e){const s=t.map(t=>{const s=`${Sr(t.date,t.seconds,"en-US")} ${Ar(t.zone,t.at,"en-US")}`,i=[void 0===t.seconds?`${s} (the whole day, until 23:59:59 there)`:s];return t.extendedFrom&&i.push(`Extended from ${Sr(t.extendedFrom.date,t.extendedFrom.seconds,"en-US")}`),t.note&&i.push(t.note),t.url&&i.push(t.url),i.push("",`${e.page}#${t.id}`),{uid:`${be(t.id)}-${ye(e.page)}@${e.host}`,start:t.start,end:void 0===t.seconds?t.end:void 0,summary:t.label,description:i.join("\n"),url:`${e.page}#${encodeURIComponent(t.id)}`,categories:[Tr[t.kind]],alarm:mr.has(t.kind)?{trigger:";RELATED=END:-P1D",description:`In 24 hours: ${t.label} (${s})`}:void 0}});return $e(s,{name:e.name,stamp:e.stamp,product:"important-dates"})}(t,{page:location.href.replace(/#.*$/,""),host:location.hostname||"workshop-elements",name:document.title||void 0}),i=new Zt({filename:e,ics:s,sessionIds:t.map(t=>t.id)});this.dispatchEvent(i)&&Vt(this.renderRoot,s,e,"text/calendar;charset=utf-8")}}Br.styles=Mr,t([pt({type:Array,converter:Ht("dates")})],Br.prototype,"dates",void 0),t([pt()],Br.prototype,"src",void 0),t([pt()],Br.prototype,"timezone",void 0),t([pt({attribute:"viewer-timezone"})],Br.prototype,"viewerTimezone",void 0),t([pt()],Br.prototype,"now",void 0),t([pt({attribute:"event-date"})],Br.prototype,"eventDate",void 0),t([pt()],Br.prototype,"layout",void 0),t([pt({attribute:"heading-level",type:Number})],Br.prototype,"headingLevel",void 0),t([pt()],Br.prototype,"label",void 0),customElements.get("important-dates")||customElements.define("important-dates",Br);export{Br as ImportantDates,Vi as PaperList,Us as SpeakerCard,sr as SponsorStrip,Zt as WeCalendarDownloadEvent,mt as WeErrorEvent,_e as WeFavoritesChangeEvent,Kt as WeFragmentTargetEvent,gt as WeLoadEvent,ds as WorkshopSchedule};
//# sourceMappingURL=workshop-elements.js.map
