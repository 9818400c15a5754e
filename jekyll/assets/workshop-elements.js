function t(t,e,s,i){var r,o=arguments.length,n=o<3?e:null===i?i=Object.getOwnPropertyDescriptor(e,s):i;if("object"==typeof Reflect&&"function"==typeof Reflect.decorate)n=Reflect.decorate(t,e,s,i);else for(var a=t.length-1;a>=0;a--)(r=t[a])&&(n=(o<3?r(n):o>3?r(e,s,n):r(e,s))||n);return o>3&&n&&Object.defineProperty(e,s,n),n}"function"==typeof SuppressedError&&SuppressedError;const e=globalThis,s=e.ShadowRoot&&(void 0===e.ShadyCSS||e.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,i=Symbol(),r=new WeakMap;let o=class{constructor(t,e,s){if(this._$cssResult$=!0,s!==i)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o;const e=this.t;if(s&&void 0===t){const s=void 0!==e&&1===e.length;s&&(t=r.get(e)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),s&&r.set(e,t))}return t}toString(){return this.cssText}};const n=t=>new o("string"==typeof t?t:t+"",void 0,i),a=(t,...e)=>{const s=1===t.length?t[0]:e.reduce((e,s,i)=>e+(t=>{if(!0===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+t[i+1],t[0]);return new o(s,t,i)},l=s?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return n(e)})(t):t,{is:h,defineProperty:d,getOwnPropertyDescriptor:c,getOwnPropertyNames:p,getOwnPropertySymbols:u,getPrototypeOf:m}=Object,f=globalThis,g=f.trustedTypes,v=g?g.emptyScript:"",b=f.reactiveElementPolyfillSupport,y=(t,e)=>t,w={toAttribute(t,e){switch(e){case Boolean:t=t?v:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t)}return t},fromAttribute(t,e){let s=t;switch(e){case Boolean:s=null!==t;break;case Number:s=null===t?null:Number(t);break;case Object:case Array:try{s=JSON.parse(t)}catch(t){s=null}}return s}},$=(t,e)=>!h(t,e),k={attribute:!0,type:String,converter:w,reflect:!1,useDefault:!1,hasChanged:$};Symbol.metadata??=Symbol("metadata"),f.litPropertyMetadata??=new WeakMap;let x=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=k){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){const s=Symbol(),i=this.getPropertyDescriptor(t,s,e);void 0!==i&&d(this.prototype,t,i)}}static getPropertyDescriptor(t,e,s){const{get:i,set:r}=c(this.prototype,t)??{get(){return this[e]},set(t){this[e]=t}};return{get:i,set(e){const o=i?.call(this);r?.call(this,e),this.requestUpdate(t,o,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??k}static _$Ei(){if(this.hasOwnProperty(y("elementProperties")))return;const t=m(this);t.finalize(),void 0!==t.l&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(y("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(y("properties"))){const t=this.properties,e=[...p(t),...u(t)];for(const s of e)this.createProperty(s,t[s])}const t=this[Symbol.metadata];if(null!==t){const e=litPropertyMetadata.get(t);if(void 0!==e)for(const[t,s]of e)this.elementProperties.set(t,s)}this._$Eh=new Map;for(const[t,e]of this.elementProperties){const s=this._$Eu(t,e);void 0!==s&&this._$Eh.set(s,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){const e=[];if(Array.isArray(t)){const s=new Set(t.flat(1/0).reverse());for(const t of s)e.unshift(l(t))}else void 0!==t&&e.push(l(t));return e}static _$Eu(t,e){const s=e.attribute;return!1===s?void 0:"string"==typeof s?s:"string"==typeof t?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),void 0!==this.renderRoot&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){const t=new Map,e=this.constructor.elementProperties;for(const s of e.keys())this.hasOwnProperty(s)&&(t.set(s,this[s]),delete this[s]);t.size>0&&(this._$Ep=t)}createRenderRoot(){const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((t,i)=>{if(s)t.adoptedStyleSheets=i.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const s of i){const i=document.createElement("style"),r=e.litNonce;void 0!==r&&i.setAttribute("nonce",r),i.textContent=s.cssText,t.appendChild(i)}})(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,s){this._$AK(t,s)}_$ET(t,e){const s=this.constructor.elementProperties.get(t),i=this.constructor._$Eu(t,s);if(void 0!==i&&!0===s.reflect){const r=(void 0!==s.converter?.toAttribute?s.converter:w).toAttribute(e,s.type);this._$Em=t,null==r?this.removeAttribute(i):this.setAttribute(i,r),this._$Em=null}}_$AK(t,e){const s=this.constructor,i=s._$Eh.get(t);if(void 0!==i&&this._$Em!==i){const t=s.getPropertyOptions(i),r="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:w;this._$Em=i;const o=r.fromAttribute(e,t.type);this[i]=o??this._$Ej?.get(i)??o,this._$Em=null}}requestUpdate(t,e,s,i=!1,r){if(void 0!==t){const o=this.constructor;if(!1===i&&(r=this[t]),s??=o.getPropertyOptions(t),!((s.hasChanged??$)(r,e)||s.useDefault&&s.reflect&&r===this._$Ej?.get(t)&&!this.hasAttribute(o._$Eu(t,s))))return;this.C(t,e,s)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(t,e,{useDefault:s,reflect:i,wrapped:r},o){s&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,o??e??this[t]),!0!==r||void 0!==o)||(this._$AL.has(t)||(this.hasUpdated||s||(e=void 0),this._$AL.set(t,e)),!0===i&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}const t=this.scheduleUpdate();return null!=t&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[t,e]of this._$Ep)this[t]=e;this._$Ep=void 0}const t=this.constructor.elementProperties;if(t.size>0)for(const[e,s]of t){const{wrapped:t}=s,i=this[e];!0!==t||this._$AL.has(e)||void 0===i||this.C(e,void 0,s,i)}}let t=!1;const e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(e){throw t=!1,this._$EM(),e}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(t){}firstUpdated(t){}};x.elementStyles=[],x.shadowRootOptions={mode:"open"},x[y("elementProperties")]=new Map,x[y("finalized")]=new Map,b?.({ReactiveElement:x}),(f.reactiveElementVersions??=[]).push("2.1.2");const _=globalThis,A=t=>t,S=_.trustedTypes,E=S?S.createPolicy("lit-html",{createHTML:t=>t}):void 0,C="$lit$",T=`lit$${Math.random().toFixed(9).slice(2)}$`,M="?"+T,N=`<${M}>`,L=document,P=()=>L.createComment(""),O=t=>null===t||"object"!=typeof t&&"function"!=typeof t,U=Array.isArray,z="[ \t\n\f\r]",R=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,j=/-->/g,I=/>/g,B=RegExp(`>|${z}(?:([^\\s"'>=/]+)(${z}*=${z}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),D=/'/g,q=/"/g,F=/^(?:script|style|textarea|title)$/i,H=(t=>(e,...s)=>({_$litType$:t,strings:e,values:s}))(1),J=Symbol.for("lit-noChange"),W=Symbol.for("lit-nothing"),V=new WeakMap,Z=L.createTreeWalker(L,129);function K(t,e){if(!U(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==E?E.createHTML(e):e}const X=(t,e)=>{const s=t.length-1,i=[];let r,o=2===e?"<svg>":3===e?"<math>":"",n=R;for(let e=0;e<s;e++){const s=t[e];let a,l,h=-1,d=0;for(;d<s.length&&(n.lastIndex=d,l=n.exec(s),null!==l);)d=n.lastIndex,n===R?"!--"===l[1]?n=j:void 0!==l[1]?n=I:void 0!==l[2]?(F.test(l[2])&&(r=RegExp("</"+l[2],"g")),n=B):void 0!==l[3]&&(n=B):n===B?">"===l[0]?(n=r??R,h=-1):void 0===l[1]?h=-2:(h=n.lastIndex-l[2].length,a=l[1],n=void 0===l[3]?B:'"'===l[3]?q:D):n===q||n===D?n=B:n===j||n===I?n=R:(n=B,r=void 0);const c=n===B&&t[e+1].startsWith("/>")?" ":"";o+=n===R?s+N:h>=0?(i.push(a),s.slice(0,h)+C+s.slice(h)+T+c):s+T+(-2===h?e:c)}return[K(t,o+(t[s]||"<?>")+(2===e?"</svg>":3===e?"</math>":"")),i]};class G{constructor({strings:t,_$litType$:e},s){let i;this.parts=[];let r=0,o=0;const n=t.length-1,a=this.parts,[l,h]=X(t,e);if(this.el=G.createElement(l,s),Z.currentNode=this.el.content,2===e||3===e){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}for(;null!==(i=Z.nextNode())&&a.length<n;){if(1===i.nodeType){if(i.hasAttributes())for(const t of i.getAttributeNames())if(t.endsWith(C)){const e=h[o++],s=i.getAttribute(t).split(T),n=/([.?@])?(.*)/.exec(e);a.push({type:1,index:r,name:n[2],strings:s,ctor:"."===n[1]?st:"?"===n[1]?it:"@"===n[1]?rt:et}),i.removeAttribute(t)}else t.startsWith(T)&&(a.push({type:6,index:r}),i.removeAttribute(t));if(F.test(i.tagName)){const t=i.textContent.split(T),e=t.length-1;if(e>0){i.textContent=S?S.emptyScript:"";for(let s=0;s<e;s++)i.append(t[s],P()),Z.nextNode(),a.push({type:2,index:++r});i.append(t[e],P())}}}else if(8===i.nodeType)if(i.data===M)a.push({type:2,index:r});else{let t=-1;for(;-1!==(t=i.data.indexOf(T,t+1));)a.push({type:7,index:r}),t+=T.length-1}r++}}static createElement(t,e){const s=L.createElement("template");return s.innerHTML=t,s}}function Y(t,e,s=t,i){if(e===J)return e;let r=void 0!==i?s._$Co?.[i]:s._$Cl;const o=O(e)?void 0:e._$litDirective$;return r?.constructor!==o&&(r?._$AO?.(!1),void 0===o?r=void 0:(r=new o(t),r._$AT(t,s,i)),void 0!==i?(s._$Co??=[])[i]=r:s._$Cl=r),void 0!==r&&(e=Y(t,r._$AS(t,e.values),r,i)),e}class Q{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){const{el:{content:e},parts:s}=this._$AD,i=(t?.creationScope??L).importNode(e,!0);Z.currentNode=i;let r=Z.nextNode(),o=0,n=0,a=s[0];for(;void 0!==a;){if(o===a.index){let e;2===a.type?e=new tt(r,r.nextSibling,this,t):1===a.type?e=new a.ctor(r,a.name,a.strings,this,t):6===a.type&&(e=new ot(r,this,t)),this._$AV.push(e),a=s[++n]}o!==a?.index&&(r=Z.nextNode(),o++)}return Z.currentNode=L,i}p(t){let e=0;for(const s of this._$AV)void 0!==s&&(void 0!==s.strings?(s._$AI(t,s,e),e+=s.strings.length-2):s._$AI(t[e])),e++}}class tt{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,s,i){this.type=2,this._$AH=W,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=s,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode;const e=this._$AM;return void 0!==e&&11===t?.nodeType&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=Y(this,t,e),O(t)?t===W||null==t||""===t?(this._$AH!==W&&this._$AR(),this._$AH=W):t!==this._$AH&&t!==J&&this._(t):void 0!==t._$litType$?this.$(t):void 0!==t.nodeType?this.T(t):(t=>U(t)||"function"==typeof t?.[Symbol.iterator])(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==W&&O(this._$AH)?this._$AA.nextSibling.data=t:this.T(L.createTextNode(t)),this._$AH=t}$(t){const{values:e,_$litType$:s}=t,i="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=G.createElement(K(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===i)this._$AH.p(e);else{const t=new Q(i,this),s=t.u(this.options);t.p(e),this.T(s),this._$AH=t}}_$AC(t){let e=V.get(t.strings);return void 0===e&&V.set(t.strings,e=new G(t)),e}k(t){U(this._$AH)||(this._$AH=[],this._$AR());const e=this._$AH;let s,i=0;for(const r of t)i===e.length?e.push(s=new tt(this.O(P()),this.O(P()),this,this.options)):s=e[i],s._$AI(r),i++;i<e.length&&(this._$AR(s&&s._$AB.nextSibling,i),e.length=i)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){const e=A(t).nextSibling;A(t).remove(),t=e}}setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}}class et{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,s,i,r){this.type=1,this._$AH=W,this._$AN=void 0,this.element=t,this.name=e,this._$AM=i,this.options=r,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=W}_$AI(t,e=this,s,i){const r=this.strings;let o=!1;if(void 0===r)t=Y(this,t,e,0),o=!O(t)||t!==this._$AH&&t!==J,o&&(this._$AH=t);else{const i=t;let n,a;for(t=r[0],n=0;n<r.length-1;n++)a=Y(this,i[s+n],e,n),a===J&&(a=this._$AH[n]),o||=!O(a)||a!==this._$AH[n],a===W?t=W:t!==W&&(t+=(a??"")+r[n+1]),this._$AH[n]=a}o&&!i&&this.j(t)}j(t){t===W?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}}class st extends et{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===W?void 0:t}}class it extends et{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==W)}}class rt extends et{constructor(t,e,s,i,r){super(t,e,s,i,r),this.type=5}_$AI(t,e=this){if((t=Y(this,t,e,0)??W)===J)return;const s=this._$AH,i=t===W&&s!==W||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,r=t!==W&&(s===W||i);i&&this.element.removeEventListener(this.name,this,s),r&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}}class ot{constructor(t,e,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){Y(this,t)}}const nt=_.litHtmlPolyfillSupport;nt?.(G,tt),(_.litHtmlVersions??=[]).push("3.3.3");const at=globalThis;let lt=class extends x{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){const e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=((t,e,s)=>{const i=s?.renderBefore??e;let r=i._$litPart$;if(void 0===r){const t=s?.renderBefore??null;i._$litPart$=r=new tt(e.insertBefore(P(),t),t,void 0,s??{})}return r._$AI(t),r})(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return J}};lt._$litElement$=!0,lt.finalized=!0,at.litElementHydrateSupport?.({LitElement:lt});const ht=at.litElementPolyfillSupport;ht?.({LitElement:lt}),(at.litElementVersions??=[]).push("4.2.2");const dt={attribute:!0,type:String,converter:w,reflect:!1,hasChanged:$},ct=(t=dt,e,s)=>{const{kind:i,metadata:r}=s;let o=globalThis.litPropertyMetadata.get(r);if(void 0===o&&globalThis.litPropertyMetadata.set(r,o=new Map),"setter"===i&&((t=Object.create(t)).wrapped=!0),o.set(s.name,t),"accessor"===i){const{name:i}=s;return{set(s){const r=e.get.call(this);e.set.call(this,s),this.requestUpdate(i,r,t,!0,s)},init(e){return void 0!==e&&this.C(i,void 0,t,e),e}}}if("setter"===i){const{name:i}=s;return function(s){const r=this[i];e.call(this,s),this.requestUpdate(i,r,t,!0,s)}}throw Error("Unsupported decorator location: "+i)};function pt(t){return(e,s)=>"object"==typeof s?ct(t,e,s):((t,e,s)=>{const i=e.hasOwnProperty(s);return e.constructor.createProperty(s,t),i?Object.getOwnPropertyDescriptor(e,s):void 0})(t,e,s)}function ut(t){return pt({...t,state:!0,attribute:!1})}class mt extends Error{}const ft=0,gt=1,vt=2,bt=3,yt=4,wt=5,$t=t=>32===t||10===t||13===t||9===t,kt=/["\\]/g;class xt{constructor(){this.mode=ft,this.carry="",this.depth=0,this.inString=!1,this.escaped=!1,this.bare=!1,this.afterComma=!1,this.whole=[],this.offset=0,this.count=0}get notList(){return this.mode===wt}push(t){const e=[];if(this.mode===wt)return this.whole.push(t),e;let s=this.mode===vt?0:-1,i=0;const r=t.length,o=t=>{throw new mt(`${t} at position ${this.offset+i}`)},n=i=>{const r=this.carry+t.slice(s,i);this.carry="";try{e.push(JSON.parse(r))}catch(t){throw new mt(`${t.message} (in item ${this.count} of the list)`)}this.count++,this.mode=bt,s=-1};for(;i<r;){if(this.mode===vt){if(this.inString){if(this.escaped){this.escaped=!1,i++;continue}kt.lastIndex=i;const e=kt.exec(t);if(!e){i=r;break}if(i=e.index+1,"\\"===e[0]){i<r?i++:this.escaped=!0;continue}this.inString=!1,0===this.depth&&n(i);continue}const e=t.charCodeAt(i);if(this.bare){if(44===e||93===e||$t(e)){this.bare=!1,n(i);continue}i++;continue}i++,34===e?this.inString=!0:123===e||91===e?this.depth++:125!==e&&93!==e||0!==--this.depth||n(i);continue}const a=t.charCodeAt(i);if($t(a))i++;else switch(this.mode){case ft:if(91!==a)return this.mode=wt,this.whole.push(t.slice(i)),this.offset+=r,e;this.mode=gt,this.afterComma=!1,i++;break;case gt:if(93===a){this.afterComma&&o('Unexpected "]" after ","'),this.mode=yt,i++;break}this.mode=vt,s=i,this.depth=0,123===a||91===a?this.depth=1:34===a?this.inString=!0:44===a?o('Unexpected ","'):this.bare=!0,i++;break;case bt:44===a?(this.mode=gt,this.afterComma=!0):93===a?this.mode=yt:o(`Unexpected ${JSON.stringify(t[i])}, expected "," or "]"`),i++;break;default:o(`Unexpected ${JSON.stringify(t[i])} after the end of the list`)}}return this.mode===vt&&-1!==s&&(this.carry+=t.slice(s)),this.offset+=r,e}end(){if(this.mode===wt){const t=this.whole.join("");this.whole=[];try{return JSON.parse(t)}catch(t){throw new mt(t.message)}}if(this.mode===ft)throw new mt("Unexpected end of JSON input (the response is empty)");if(this.mode!==yt)throw new mt(`Unexpected end of JSON input at position ${this.offset}`)}}let _t;const At=[];function St(t){_t||(_t=new MessageChannel,_t.port1.onmessage=()=>At.shift()?.run?.());const e={run:t};return At.push(e),_t.port2.postMessage(null),()=>e.run=void 0}const Et=()=>new Promise(t=>St(t)),Ct=new Set(["http:","https:","mailto:"]),Tt=new Set(["http:","https:"]),Mt=/^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i;function Nt(t,e="link"){return Lt(t,e).problem}function Lt(t,e){if("string"!=typeof t)return{problem:`expected a URL string, got ${Ot(t)}`};if(""===t.trim())return{problem:"empty URL"};let s;try{s=new URL(t,document.baseURI)}catch{return{problem:`not a valid URL: ${JSON.stringify(t.slice(0,80))}`}}if("link"===e&&Ct.has(s.protocol))return{url:s};if("image"===e&&Tt.has(s.protocol))return{url:s};if("image"===e&&"data:"===s.protocol&&Mt.test(s.href))return{url:s};const i="link"===e?"http:, https: or mailto:":"http:, https: or a data:image";return{problem:`unsafe URL scheme "${s.protocol}" (only ${i} allowed)`}}function Pt(t,e="link"){return Lt(t,e).url?.href}function Ot(t){return null===t?"null":Array.isArray(t)?"an array":"object"==typeof t?"an object":"string"==typeof t?`the string ${JSON.stringify(t.length>40?t.slice(0,40)+"…":t)}`:`${"number"==typeof t?"the number":typeof t} ${String(t)}`}class Ut extends Error{}class zt{constructor(t,e,s){this.obj=t,this.path=e,this.problems=s,this.seen=new Set}raw(t){return this.seen.add(t),this.obj[t]}has(t){const e=this.obj[t];return null!=e}warn(t,e){this.problems.push({path:t?`${this.path}.${t}`:this.path,message:e})}text(t){const e=this.raw(t);if(null!=e)return"string"==typeof e?e:"number"==typeof e&&Number.isFinite(e)?String(e):void this.warn(t,`expected a string, got ${Ot(e)}`)}requiredText(t,e){const s=this.has(t),i=this.text(t);if(void 0!==i&&""!==i.trim())return i;s?void 0!==i?this.warn(t,`empty (${e} skipped)`):this.problems[this.problems.length-1].message+=` (${e} skipped)`:this.warn(t,`missing (${e} skipped)`)}textList(t){const e=this.raw(t);if(null==e)return;if("string"==typeof e)return e.trim()?[e]:[];if("number"==typeof e&&Number.isFinite(e))return[String(e)];if(!Array.isArray(e))return void this.warn(t,`expected a string or a list of strings, got ${Ot(e)}`);const s=[];return e.forEach((e,i)=>{"string"==typeof e||"number"==typeof e&&Number.isFinite(e)?s.push(String(e)):this.problems.push({path:`${this.path}.${t}[${i}]`,message:`expected a string, got ${Ot(e)}`})}),s}url(t,e="link"){const s=this.raw(t);if(null==s||""===s)return;const i=Pt(s,e);return void 0===i&&this.warn(t,Nt(s,e)??"refused URL"),i}bool(t){const e=this.raw(t);if(null!=e)return"boolean"==typeof e?e:"true"===e||"false"===e?"true"===e:void this.warn(t,`expected true or false, got ${Ot(e)}`)}links(t){const e=this.raw(t);if(null!=e)return jt(e,`${this.path}.${t}`,this.problems,(t,e)=>{const s=Rt(t,e,this.problems,"link");if(!s)return;const i=s.requiredText("label","link"),r=s.has("url"),o=s.url("url");if(s.done(),void 0!==i){if(void 0!==o)return{label:i,url:o};r?this.problems[this.problems.length-1].message+=" (link skipped)":s.warn("url","missing (link skipped)")}})}done(){for(const t of Object.keys(this.obj))this.seen.has(t)||this.warn(t,"unknown field, ignored")}}function Rt(t,e,s,i){if(null!==t&&"object"==typeof t&&!Array.isArray(t))return new zt(t,e,s);s.push({path:e,message:`expected an object, got ${Ot(t)} (${i} skipped)`})}function jt(t,e,s,i){if(!Array.isArray(t))return s.push({path:e,message:`expected a list, got ${Ot(t)}`}),[];const r=[];return t.forEach((t,s)=>{const o=i(t,`${e}[${s}]`,s);void 0!==o&&r.push(o)}),r}function It(t,e,s){if(!Array.isArray(t))throw new Ut(`"${e}" must be a list (JSON array), got ${Ot(t)}`);const i=[],r=[];return t.forEach((t,o)=>{const n=s(t,`${e}[${o}]`,o,i);void 0!==n&&r.push(n)}),{data:r,problems:i}}class Bt{constructor(t){this.tag=t,this.last=new Map}warn(t,e){this.last.get(t)!==e&&(this.last.set(t,e),console.warn(`<${this.tag}>: ${e}`))}problems(t,e){const s=e.length;0!==s&&console.warn(`<${this.tag}>: ${s} problem${1===s?"":"s"} in ${t}; everything else renders.\n${function(t){return t.map(t=>`  ${t.path}: ${t.message}`).join("\n")}(e)}`)}error(t){console.error(`<${this.tag}>: ${t}`)}}class Dt{constructor(t,e){this.attribute=t,this.message=e}}function qt(t){return{fromAttribute(e){if(null!==e)try{return JSON.parse(e)}catch(e){return new Dt(t,e.message)}}}}class Ft{constructor(t,e){this.host=t,this.options=e,this.state={status:"empty"},this.lastValue=void 0,this.lastSrc=void 0,this.lastScript=null,this.started=!1,this.run=0,this.settledRun=-1,this.pending=Ht(),this.warnings=new Bt(e.tag),t.addController(this)}hostConnected(){this.observer=new MutationObserver(()=>this.host.requestUpdate()),this.observer.observe(this.host,{childList:!0,subtree:!0,characterData:!0})}hostDisconnected(){this.observer?.disconnect()}get complete(){return this.pending?this.pending.promise:this.host.isUpdatePending?this.host.updateComplete.then(()=>this.complete):Promise.resolve()}hostUpdate(){this.sync()}hostUpdated(){this.pending&&this.settledRun===this.run&&(this.options.rendered?.()??!0)&&(this.pending.resolve(),this.pending=void 0)}sync(){const t=this.options.value(),e=this.options.src(),s=null!=t||e?null:this.scriptText();if(!this.started||t!==this.lastValue||e!==this.lastSrc||s!==this.lastScript)if(this.started=!0,this.run++,this.pending??=Ht(),this.lastValue=t,this.lastSrc=e,this.lastScript=s,this.abort?.abort(),this.abort=void 0,t instanceof Dt)this.fail(`the "${t.attribute}" attribute is not valid JSON: ${t.message}`);else if(null!=t){const e=this.host.hasAttribute(this.options.name)?"attribute":"property";this.accept(t,`the "${this.options.name}" ${e}`)}else if(e)this.load(e);else if(null!==s){let t;try{t=JSON.parse(s)}catch(t){return void this.fail(`the <script type="application/json"> child is not valid JSON: ${t.message}`)}this.accept(t,'the <script type="application/json"> child')}else this.state={status:"empty"},this.settledRun=this.run}scriptText(){return this.host.querySelector(':scope > script[type="application/json"]')?.textContent??null}async load(t){let e;try{e=new URL(t,document.baseURI).href}catch{return void this.fail(`src "${t}" is not a valid URL`)}const s=new AbortController;this.abort=s,this.state={status:"loading",url:t};try{const i=await fetch(e,{signal:s.signal,headers:{Accept:"application/json"}});if(!i.ok)throw new Error(`HTTP ${i.status}${i.statusText?" "+i.statusText:""}`);if(this.options.item&&i.body){if(!await this.stream(i.body,this.options.item(),t,s.signal))return}else{const e=await i.text();let r;try{r=JSON.parse(e)}catch(t){throw new Error(`not valid JSON: ${t.message}`)}if(s.signal.aborted)return;this.accept(r,`src "${t}"`)}}catch(e){if(s.signal.aborted)return;return this.fail(`could not load src "${t}": ${e.message}`),void this.host.requestUpdate()}this.host.requestUpdate(),"ready"===this.state.status&&this.host.dispatchEvent(new Event("load"))}async stream(t,e,s,i){const r=t.getReader();i.addEventListener("abort",()=>{r.cancel().catch(()=>{})});const o=new TextDecoder,n=new xt,a=this.itemsOf(e);let l=16384;const h=t=>{let e;try{e=n.push(t)}catch(t){if(t instanceof mt)throw new Error(`not valid JSON: ${t.message}`);throw t}for(const t of e)a.add(t)};let d,c=performance.now();for(;;){a.publish();const{done:t,value:e}=await r.read();if(i.aborted)return!1;const s=t?o.decode():o.decode(e,{stream:!0});for(let t=0,e=0;t<s.length;t=e)if(e=t+l,h(s.slice(t,e)),!(32768===l&&performance.now()-c<25)){if(l=32768,a.publish(),await Et(),i.aborted)return!1;c=performance.now()}if(t)break}try{d=n.end()}catch(t){throw new Error(`not valid JSON: ${t.message}`)}return n.notList?this.accept(d,`src "${s}"`):this.ready({data:a.data,problems:a.problems},`src "${s}"`),!0}accept(t,e){if(this.options.item&&Array.isArray(t)&&t.length>500){const s=new AbortController;return this.abort=s,void this.acceptInTasks(t,this.options.item(),e,s.signal)}let s;try{s=this.options.validate(t)}catch(t){if(!(t instanceof Ut))throw t;return void this.fail(`${e}: ${t.message}`)}this.ready(s,e)}async acceptInTasks(t,e,s,i){const r=this.itemsOf(e);for(let e=0;e<t.length;){const s=performance.now()+25;do{r.add(t[e++])}while(e<t.length&&performance.now()<s);if(e===t.length)break;if(r.publish(),await Et(),i.aborted)return}this.ready({data:r.data,problems:r.problems},s),this.host.requestUpdate()}itemsOf(t){const e=[],s=[];let i=0,r=0;return{data:e,problems:s,add:r=>{const o=t(r,`${this.options.name}[${i}]`,i,s);i++,void 0!==o&&e.push(o)},publish:()=>{e.length!==r&&(r=e.length,this.state={status:"ready",data:e.slice(),problems:s,partial:!0},this.host.requestUpdate())}}}ready(t,e){this.state={status:"ready",data:t.data,problems:t.problems},this.settledRun=this.run,this.warnings.problems(e,t.problems)}fail(t){this.state={status:"error",message:t},this.settledRun=this.run,this.warnings.error(t),queueMicrotask(()=>this.host.dispatchEvent(new Event("error")))}}function Ht(){let t;const e=new Promise(e=>t=e);return{promise:e,resolve:t}}function Jt(t,e,s,i){const r=URL.createObjectURL(new Blob([e],{type:i})),o=document.createElement("a");o.href=r,o.download=s,o.hidden=!0,t.appendChild(o),o.click(),o.remove(),setTimeout(()=>URL.revokeObjectURL(r),1e4)}let Wt;class Vt{constructor(t,e=e=>t.shadowRoot?.getElementById(e)??null,s){this.host=t,this.find=e,this.source=s,this.pending=!0,this.onHashChange=()=>{this.pending=!0,this.reveal()},this.warnings=new Bt(t.localName),t.addController(this)}hostConnected(){window.addEventListener("hashchange",this.onHashChange),this.pending=!0}hostDisconnected(){window.removeEventListener("hashchange",this.onHashChange)}hostUpdated(){this.pending&&this.reveal()}reveal(){let t=location.hash.slice(1);try{t=decodeURIComponent(t)}catch{}if(!t)return void(this.pending=!1);if(document.getElementById(t)){const e=this.source?.(t);return e&&this.warnings.warn("fragment",`${e} "${t}" is also the id of an element of the page, where #${t} leads; give it another id to link to it`),void(!e&&this.source||(this.pending=!1))}const e=Wt?.hash===location.hash?Wt.controller:void 0;if(e&&e!==this&&e.host.isConnected&&Zt(e.host,this.host))return void(this.pending=!1);const s=this.find(t);s&&(this.pending=!1,e&&e!==this&&e.release(),Wt={hash:location.hash,controller:this},this.current?.removeAttribute("data-fragment-target"),this.current=s,s.setAttribute("data-fragment-target",""),s.hasAttribute("tabindex")||s.setAttribute("tabindex","-1"),s.scrollIntoView({block:"start"}),s.focus({preventScroll:!0}),this.host.dispatchEvent(new CustomEvent("fragment-target",{detail:{id:t}})))}release(){this.current?.removeAttribute("data-fragment-target"),this.current=void 0}}const Zt=(t,e)=>!!(t.compareDocumentPosition(e)&Node.DOCUMENT_POSITION_FOLLOWING);function Kt(t){if(t.parentElement)return t.parentElement;const e=t.getRootNode();return e instanceof ShadowRoot?e.host:null}function Xt(t){if(!t||"transparent"===t)return!1;const e=/\(([^)]*)\)$/.exec(t)?.[1]??"",s=e.split("/"),i=e.split(","),r=2===s.length?s[1]:4===i.length?i[3]:void 0;if(void 0===r)return!0;const o=r.trim();return o.endsWith("%")?parseFloat(o)>=100:parseFloat(o)>=1}class Gt{constructor(t){this.host=t,this.media=matchMedia("(prefers-color-scheme: dark)"),this.observer=new MutationObserver(()=>this.update()),this.update=()=>{const t=this.host.shadowRoot;if(!t||!("adoptedStyleSheets"in t))return;const e=function(t){for(let e=Kt(t);e;e=Kt(e)){const t=getComputedStyle(e).backgroundColor;if(Xt(t))return t}}(this.host);this.sheet||(this.sheet=new CSSStyleSheet,t.adoptedStyleSheets=[...t.adoptedStyleSheets,this.sheet]),this.sheet.replaceSync(e?`:host { --_page-bg: ${e}; }`:"")}}connect(){this.media.addEventListener("change",this.update);const t={attributes:!0,attributeFilter:["class","style","data-theme","data-bs-theme"]};this.observer.observe(document.documentElement,t),document.body&&this.observer.observe(document.body,t)}disconnect(){this.media.removeEventListener("change",this.update),this.observer.disconnect()}}function Yt(t,e,s){switch(e.status){case"loading":return H`<div part="loading" role="status">${s.loading}</div>`;case"error":return H`<div part="error" role="alert">
        <strong>&lt;${t}&gt; could not show its data.</strong> ${e.message}
      </div>`;case"empty":return H`<p part="empty">${s.empty}</p>`;default:return}}const Qt=new Map;function te(t){let e=Qt.get(t);return void 0===e&&Qt.set(t,e=function(t){const e=/^(https?:)\/\/([^/?#@]*)(?=[/?#]|$)/.exec(t);if(e&&e[2]===e[2].toLowerCase())return e[1]!==location.protocol||e[2]!==location.host;try{const e=new URL(t,document.baseURI);return"mailto:"!==e.protocol&&e.origin!==location.origin}catch{return!1}}(t)),e?"noopener noreferrer":void 0}function ee(t,e,s){return H`<a href=${t} part=${s??W} rel=${te(t)??W}>${e}</a>`}const se=new Map;function ie(t,e){const s=`${t}|${JSON.stringify(e)}`;let i=se.get(s);if(!i){try{i=new Intl.DateTimeFormat(t,e)}catch{i=new Intl.DateTimeFormat(void 0,e)}se.set(s,i)}return i}function re(t,e,s,i=!1){return ie(s,{hour:"numeric",minute:"2-digit",timeZone:e,...i?{timeZoneName:"short"}:{}}).format(t)}function oe(t,e,s){return ie(s,{hour:"numeric",timeZone:e,timeZoneName:"short"}).formatToParts(t).find(t=>"timeZoneName"===t.type)?.value??""}function ne(t,e,s=!1){return ie(e,s?{weekday:"short",month:"short",day:"numeric",timeZone:"UTC"}:{weekday:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}).format(Date.parse(`${t}T12:00:00Z`))}const ae={talk:"Talk",keynote:"Invited talk",spotlights:"Spotlights",poster:"Posters",panel:"Panel",break:"Break",remarks:"Remarks",other:"Session"};function le(t){let e=2166136261;for(let s=0;s<t.length;s++)e^=t.charCodeAt(s),e=Math.imul(e,16777619);return e>>>0}function he(t){return t.replace(/\r\n?/g,"\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g,"").replace(/[\\;,]/g,t=>`\\${t}`).replace(/\n/g,"\\n")}function de(t){return t<128?1:t<2048?2:t<65536?3:4}function ce(t){if(t.length<=75&&/^[\x20-\x7e]*$/.test(t))return t;const e=[];let s="",i=0;for(const r of t){const t=de(r.codePointAt(0));i+t>75&&(e.push(s),s=" ",i=1),s+=r,i+=t}return e.push(s),e.join("\r\n")}function pe(t){return new Date(t).toISOString().replace(/[-:]/g,"").replace(/\.\d{3}/,"")}function ue(t){const e=t.replace(/[^A-Za-z0-9._-]+/g,"-").slice(0,120)||"session";return e===t?e:`${e}-${me(t)}`}const me=t=>le(t).toString(36);function fe(t,e,s,i){const r=t.map(t=>({uid:`${ue(t.id)}-${me(e)}@${s}`,start:t.start,end:t.end,summary:t.title||"TBA",description:ge(t,`${e}#${t.id}`),location:t.room,url:`${e}#${encodeURIComponent(t.id)}`,categories:[ae[t.type],...t.track?[t.track]:[]]}));return function(t,e={}){const s=pe(e.stamp??Date.now()),i=["BEGIN:VCALENDAR","VERSION:2.0","PRODID:-//workshop-elements//workshop-schedule//EN","CALSCALE:GREGORIAN","METHOD:PUBLISH"];e.name&&i.push(`X-WR-CALNAME:${he(e.name)}`);for(const e of t)i.push("BEGIN:VEVENT",`UID:${e.uid}`,`DTSTAMP:${s}`,`DTSTART:${pe(e.start)}`,`DTEND:${pe(e.end)}`),i.push(`SUMMARY:${he(e.summary)}`),e.description&&i.push(`DESCRIPTION:${he(e.description)}`),e.location&&i.push(`LOCATION:${he(e.location)}`),e.url&&i.push(`URL:${e.url.replace(/[\u0000-\u001f\u007f]/g,"")}`),e.categories?.length&&i.push(`CATEGORIES:${e.categories.map(he).join(",")}`),i.push("END:VEVENT");return i.push("END:VCALENDAR"),i.map(ce).join("\r\n")+"\r\n"}(r,{name:i})}function ge(t,e){const s=t=>t.map(t=>t.affiliation?`${t.name} (${t.affiliation})`:t.name).join(", "),i=[];t.speakers.length&&i.push(s(t.speakers));for(const e of t.items)i.push(`• ${e.title||"TBA"}${e.speakers.length?` — ${s(e.speakers)}`:""}`);t.abstract&&i.push("",t.abstract);for(const e of t.links)i.push(`${e.label}: ${e.url}`);return i.push("",e),i.join("\n").trim()}class ve{constructor(t){this.host=t,this.time=Date.now(),t.addController(this)}hostConnected(){this.time=Date.now(),this.timer=setInterval(()=>{this.time=Date.now(),this.host.requestUpdate()},3e4)}hostDisconnected(){clearInterval(this.timer),this.timer=void 0}}class be extends Event{constructor(t,e,s){super("calendar-download",{bubbles:!0,composed:!0,cancelable:!0}),this.filename=t,this.ics=e,this.sessionIds=s}}class ye extends Event{constructor(t){super("favorites-change",{bubbles:!0,composed:!0}),this.favorites=t}}const we="my-program=";function $e(){try{return window.localStorage}catch{return}}class ke{constructor(t,e){this.host=t,this.openMyProgram=e,this.favorites=[],this.localTime=!1,this.openShared=()=>{const t=function(t){const e=t.replace(/^#/,"");if(e.startsWith(we))return e.slice(11).split(",").filter(Boolean).map(t=>{try{return decodeURIComponent(t)}catch{return t}})}(location.hash);if(!t)return;const e=t.filter(t=>!this.has(t));this.openMyProgram(),e.length&&this.set([...this.favorites,...e])},t.addController(this)}hostConnected(){this.favorites=function(t){try{const e=JSON.parse($e()?.getItem(t)??"[]");return Array.isArray(e)?e.filter(t=>"string"==typeof t):[]}catch{return[]}}(this.key("favorites")),this.localTime=function(t){try{return"true"===$e()?.getItem(t)}catch{return!1}}(this.key("local-time")),this.openShared(),window.addEventListener("hashchange",this.openShared)}hostDisconnected(){window.removeEventListener("hashchange",this.openShared)}has(t){return this.favorites.includes(t)}toggle(t){this.set(this.has(t)?this.favorites.filter(e=>e!==t):[...this.favorites,t])}toggleLocalTime(){this.localTime=!this.localTime,function(t,e){try{$e()?.setItem(t,String(e))}catch{}}(this.key("local-time"),this.localTime),this.host.requestUpdate()}shareUrl(){const t=new URL(location.href);var e;return t.hash=(e=this.favorites,we+[...e].map(encodeURIComponent).join(",")),t.href}set(t){this.favorites=t,function(t,e){try{$e()?.setItem(t,JSON.stringify([...e]))}catch{}}(this.key("favorites"),t),this.host.requestUpdate(),this.host.dispatchEvent(new ye([...t]))}key(t){return function(t,e,s=""){return`workshop-schedule:${t}:${e}${s?`#${s}`:""}`}(t,location.pathname,this.host.id)}}function xe(t){return t.normalize("NFKD").replace(/[\u0300-\u036f]/g,"").toLowerCase()}const _e=new WeakMap;function Ae(t,e){if(e.only&&!e.only.has(t.id))return!1;if(e.track&&t.track!==e.track)return!1;if(e.room&&t.room!==e.room)return!1;const s=xe(e.query).split(/\s+/).filter(Boolean);if(!s.length)return!0;const i=function(t){let e=_e.get(t);void 0===e&&(e=xe([...[t,...t.items].flatMap(t=>[t.title,t.abstract??"",...t.speakers.flatMap(t=>[t.name,t.affiliation??""])]),t.room??"",t.track??""].join("\n")),_e.set(t,e));return e}(t);return s.every(t=>i.includes(t))}const Se=new Map;function Ee(t){let e=Se.get(t);return e||(e=new Intl.DateTimeFormat("en-US",{timeZone:t,hourCycle:"h23",year:"numeric",month:"numeric",day:"numeric",hour:"numeric",minute:"numeric",second:"numeric",era:"short"}),Se.set(t,e)),e}function Ce(t){try{return Ee(t),!0}catch{return!1}}function Te(){return(new Intl.DateTimeFormat).resolvedOptions().timeZone||"UTC"}function Me(t,e){const s={};for(const i of Ee(e).formatToParts(new Date(t)))s[i.type]=i.value;let i=Number(s.year);return"BC"!==s.era&&"B"!==s.era||(i=1-i),{year:i,month:Number(s.month),day:Number(s.day),hour:Number(s.hour)%24,minute:Number(s.minute),second:Number(s.second)}}function Ne(t){const e=new Date(Date.UTC(2e3,t.month-1,t.day,t.hour,t.minute,t.second));return e.setUTCFullYear(t.year),e.getTime()}function Le(t,e){const s=1e3*Math.floor(t/1e3);return Ne(Me(s,e))-s}const Pe=864e5;function Oe(t,e){const s=Ne(t),i=`${e}|${s}`;let r=Ue.get(i);return void 0===r&&(r=function(t,e){const s=Le(t-Pe,e),i=Le(t+Pe,e),r=[t-s,t-i].filter(s=>Le(s,e)===t-s);return r.length?Math.min(...r):t-s}(s,e),Ue.set(i,r)),r}const Ue=new Map;function ze(t,e){const s=Me(t,e);return`${String(s.year).padStart(4,"0")}-${Re(s.month)}-${Re(s.day)}`}function Re(t){return String(t).padStart(2,"0")}function je(t,e,s){const i=`heading-${t.key}`,r=t.parallel,o=function(t,e){const s=new Set;let i;for(const r of t.sessions)t.sections.has(r.id)&&(i=r.id),i&&e.visible.has(r.id)&&s.add(i);return s}(t,e);return H`<section part="day" class="day" id=${`day-${t.key}`} aria-labelledby=${i}>
    <h3 part="day-heading" class="day-heading" id=${i}>${ne(t.key,e.lang)}</h3>
    ${r?H`<div part="rooms" class="rooms" aria-hidden="true" style=${`--rooms:${t.rooms.length}`}>
            ${t.rooms.map(t=>H`<div part="room-heading">${t}</div>`)}
          </div>`:W}
    <ol
      part="sessions"
      class=${r?"sessions grid":"sessions"}
      style=${`--rooms:${t.rooms.length||1}`}
      aria-labelledby=${i}
    >
      ${t.sessions.map(i=>{const n=t.sections.get(i.id);return H`${n?H`<li
                part="section"
                class="section"
                ?hidden=${!o.has(i.id)}
                style=${r?`grid-row:${n.row};grid-column:1/-1`:W}
              >
                <h4>${n.title}</h4>
              </li>`:W}${function(t,e,s,i){const r=e.parallel?e.cells.get(t.id):void 0,o=s.live.has(t.id),n=s.favorites.has(t.id),a=t.title||"TBA",l=s.localTime?function(t,e){return Math.round((Date.parse(`${e}T00:00Z`)-Date.parse(`${t}T00:00Z`))/Pe)}(t.day,ze(t.start,s.shown)):0;return H`<li
    id=${t.id}
    part=${`session ${t.type}${o?" live":""}`}
    class=${`session type-${t.type}${o?" is-live":""}`}
    ?hidden=${!s.visible.has(t.id)}
    aria-current=${o?"time":W}
    style=${r?`grid-row:${r.row}/${r.rowEnd};grid-column:${r.col}/${r.colEnd}`:W}
  >
    <p class="when">
      <time part="time" datetime=${new Date(t.start).toISOString()}
        >${re(t.start,s.shown,s.lang,t.openEnd||oe(t.start,s.shown,s.lang)!==oe(t.end,s.shown,s.lang))}</time
      >${t.openEnd?W:H`–<time part="time" datetime=${new Date(t.end).toISOString()}
                >${re(t.end,s.shown,s.lang,!0)}</time
              >`}
      ${l?H`<span part="day-shift" class="day-shift" title=${ne(ze(t.start,s.shown),s.lang)}
              >${l>0?`+${l}`:"−"+-l} day${Math.abs(l)>1?"s":""}</span
            >`:W}
    </p>
    <div class="body">
      <p class="meta">
        <span part="kind" class="kind">${ae[t.type]}</span>
        ${o?H`<span part="live-badge" class="live-badge">Live now</span>`:W}
        ${t.room?H`<span part="room" class="room">${t.room}</span>`:W}
        ${t.track?H`<span part="track" class="track">${t.track}</span>`:W}
      </p>
      <p part="title" class=${t.title?"title":"title tba"}>${a}</p>
      ${Ie(t)}
      ${t.items.length?H`<ol part="nested" class="nested">
              ${t.items.map(t=>H`<li id=${t.id??W}>
                    <span class=${t.title?"title":"title tba"}>${t.title||"TBA"}</span>${Ie(t)}
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
  </section>`}function Ie(t){return H`${t.speakers.length?H`<p part="speakers" class="speakers">
          ${t.speakers.map((t,e)=>H`${e?", ":""}${t.url?ee(t.url,t.name):H`<span>${t.name}</span>`}${t.affiliation?H` <span class="affiliation">(${t.affiliation})</span>`:W}`)}
        </p>`:W}
  ${t.abstract?H`<details part="abstract" class="abstract">
          <summary>Abstract</summary>
          <p>${t.abstract}</p>
        </details>`:W}
  ${t.links.length?H`<ul part="links" class="links">
          ${t.links.map(t=>H`<li>${ee(t.url,t.label)}</li>`)}
        </ul>`:W}`}function Be(t){return t.normalize("NFKD").replace(/[\u0300-\u036f]/g,"").toLowerCase().replace(/[^a-z0-9]+/g,"-").replace(/^-+|-+$/g,"").slice(0,64).replace(/-+$/,"")}function De(t,e,s){if("instant"===t.kind)return t.instant;const[i,r,o]=(t.date??s).split("-").map(Number);return Oe({year:i,month:r,day:o,hour:0,minute:0,second:t.seconds},e)}function qe(t,e,s){const i=[],r=new Set,o=t=>{let e=t;for(let s=2;r.has(e);s++)e=`${t}-${s}`;return r.add(e),e},n=t=>({...t,id:t.id?o(t.id):t.title?o(Be(t.title)||"talk"):void 0}),a=[],l=[],h=t.map(t=>{const r=De(t.start,e,s);let o=t.end?De(t.end,e,s):void 0;return void 0!==o&&o<=r&&(i.push({path:`${t.path}.end`,message:"not after start (ignored: the session ends when the next one starts)"}),o=void 0),t.room&&!a.includes(t.room)&&a.push(t.room),t.track&&!l.includes(t.track)&&l.push(t.track),{s:t,start:r,end:o,day:ze(r,e)}}),d=new Map;for(const{s:t}of h)t.id&&d.set(t,o(t.id));for(const{s:t,start:e}of h)t.id||d.set(t,o(Be(t.title)||`session-${new Date(e).toISOString().slice(0,16).replace(/\D/g,"")}`));const c=t=>void 0===t?-1:a.indexOf(t);h.sort((t,e)=>t.start-e.start||c(t.s.room)-c(e.s.room));const p=h.map(({s:t,start:e,end:s,day:i},r)=>{let o=!1;if(void 0===s){const n=h.slice(r+1).find(s=>s.start>e&&(!t.room||!s.s.room||s.s.room===t.room)&&s.day===i);n?s=n.start:(s=e+18e5,o=!0)}return{...t,id:d.get(t),start:e,end:s,openEnd:o,day:i,items:t.items.map(n)}}),u=new Map;for(const t of p)u.set(t.day,[...u.get(t.day)??[],t]);const m=[...u.keys()].sort().map(t=>function(t,e,s,i=[]){const r=s.filter(t=>e.some(e=>e.room===t)),o=(t,e)=>t.start<e.end&&e.start<t.end;let n=e.some((t,s)=>e.slice(s+1).some(e=>t.room&&e.room&&t.room!==e.room&&o(t,e)));if(n){const t=e.flatMap((t,s)=>e.slice(s+1).filter(e=>(!t.room||!e.room||t.room===e.room)&&o(t,e)).map(e=>({a:t,b:e})));for(const{a:e,b:s}of t){const t=e.room&&s.room?`in room "${e.room}"`:"while it spans all rooms";i.push({path:`${s.path??s.id}.start`,message:`overlaps "${e.title||e.id}" (${e.path??e.id}) ${t}; this day is shown as a list`})}t.length&&(n=!1)}const a=new Map,l=new Map;let h;for(const t of e)t.section&&t.section!==h&&!l.has(t.start)&&l.set(t.start,{id:t.id,title:t.section}),h=t.section;const d=[...new Set(e.flatMap(t=>[t.start,t.end]))].sort((t,e)=>t-e),c=new Map,p=new Map;let u=1;for(const t of d){const e=l.get(t);e?(p.set(t,u),a.set(e.id,{title:e.title,row:u}),u++):p.set(t,u),c.set(t,u),u++}const m=new Map;for(const t of e){const e=t.room?r.indexOf(t.room)+1:1;m.set(t.id,{row:c.get(t.start),rowEnd:p.get(t.end),col:e,colEnd:t.room?e+1:-1})}return{key:t,sessions:e,rooms:r,parallel:n,cells:m,sections:a}}(t,u.get(t),a,i));return{sessions:p,days:m,rooms:a,tracks:l,problems:i}}const Fe=["talk","keynote","spotlights","poster","panel","break","remarks","other"],He=/^(\d{1,2}):(\d{2})(?::(\d{2}))?$/,Je=/^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:(Z|[+-]\d{2}(?::?\d{2})?)|( [+-]\d{4}))?$/i,We=/^(\d{4})-(\d{2})-(\d{2})$/;function Ve(t){const e=We.exec(t);if(!e)return!1;const s=new Date(Date.UTC(+e[1],+e[2]-1,+e[3]));return s.getUTCFullYear()===+e[1]&&s.getUTCMonth()===+e[2]-1&&s.getUTCDate()===+e[3]}function Ze(t,e,s){const i=3600*+t+60*+e+ +(s??0);if(!(+e>59||+(s??0)>59||i>86400))return i}function Ke(t,e){const s=t.raw(e);if(null==s)return;const i=function(t){if("number"==typeof t)return Number.isInteger(t)&&t>=0&&t<=86400?{kind:"wall",seconds:t}:void 0;if("string"!=typeof t)return;const e=t.trim();let s=He.exec(e);if(s){const t=Ze(s[1],s[2],s[3]);return void 0===t?void 0:{kind:"wall",seconds:t}}if(s=Je.exec(e),!s)return;const i=`${s[1]}-${s[2]}-${s[3]}`,r=Ze(s[4],s[5],s[6]);if(!Ve(i)||void 0===r)return;const o=s[8]?.trim();if(!(s[7]||o&&"+0000"!==o))return{kind:"wall",date:i,seconds:r};const n=s[7]??o,a="Z"===n.toUpperCase()?"Z":n.replace(/^([+-]\d{2}):?(\d{2})?$/,(t,e,s)=>`${e}:${s??"00"}`),l=Date.parse(`${i}T00:00:00${a}`)+1e3*r;return Number.isFinite(l)?{kind:"instant",instant:l}:void 0}(s);return i?"string"==typeof s&&/ [+-]\d{4}$/.test(s.trim())&&!/ \+0000$/.test(s.trim())&&t.warn(e,`"${s}" looks like a YAML date-time that Jekyll converted to its own time zone; it is shown as that instant (quote the time in the YAML to keep it as written)`):t.warn(e,`expected a time like "08:30", "2019-12-13T08:30", "2019-12-13T08:30-08:00" or seconds after midnight, got ${Ot(s)}`),i??null}const Xe=86400;function Ge(t){const e=t.raw("speakers");if(null==e)return[];return jt("string"==typeof e?[e]:e,`${t.path}.speakers`,t.problems,(e,s)=>{if("string"==typeof e)return e.trim()?{name:e}:void 0;const i=Rt(e,s,t.problems,"speaker");if(!i)return;const r=i.requiredText("name","speaker"),o=i.text("affiliation"),n=i.url("url");return i.done(),void 0===r?void 0:{name:r,affiliation:o,url:n}})}function Ye(t,e){const s=t.text("id")?.trim()||void 0;let i=t.text("title");void 0!==i||t.has("title")||t.warn("title",`missing (${e} shown as "TBA")`),i=i?.trim()??"";let r="talk";const o=t.text("type");if(void 0!==o){const e=o.trim().toLowerCase();Fe.includes(e)?r=e:t.warn("type",`unknown type ${JSON.stringify(o)} (shown as a talk; known: ${Fe.join(", ")})`)}return{id:s,title:i,type:r,speakers:Ge(t),abstract:t.text("abstract")?.trim()||void 0,links:t.links("links")??[]}}function Qe(t){let e;return It(t,"items",(t,s,i,r)=>{const o=Rt(t,s,r,"item");if(!o)return;if(o.has("section")&&!o.has("start"))return e=o.text("section")?.trim()||void 0,void o.done();const n=Ke(o,"start");void 0===n?o.warn("start","missing (session skipped)"):null===n&&(r[r.length-1].message+=" (session skipped)");let a=Ke(o,"end")??void 0;const l=Ye(o,"session"),h=o.text("room")?.trim()||void 0,d=o.text("track")?.trim()||void 0,c=o.has("items")?jt(o.raw("items"),`${s}.items`,r,(t,e)=>{const s=Rt(t,e,r,"nested session");if(!s)return;const i=Ye(s,"nested session");return s.done(),i}):[];if(o.done(),n){if(a){const t="wall"===a.kind&&void 0===a.date;"wall"===a.kind&&void 0===a.date&&"wall"===n.kind&&n.date&&(a={...a,date:n.date});let e=function(t,e){return"instant"===t.kind&&"instant"===e.kind?(e.instant-t.instant)/1e3:"wall"===t.kind&&"wall"===e.kind&&t.date===e.date?e.seconds-t.seconds:void 0}(n,a);t&&"wall"===a.kind&&void 0!==e&&e<=0&&e+Xe<=43200&&(a={...a,seconds:a.seconds+Xe},e+=Xe),void 0!==e&&e<=0&&(o.warn("end","not after start (ignored: the session ends when the next one starts)"),a=void 0)}return{...l,start:n,end:a,room:h,track:d,items:c,section:e,path:s}}})}const ts=a`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    line-height: var(--we-line-height, 1.45);
    --_link: var(--we-link-color, color-mix(in oklab, #0b57d0 68%, currentColor));
    --_accent: var(--we-accent-color, #0b57d0);
    --_on-accent: var(--we-on-accent-color, #ffffff);
    --_muted: var(--we-muted-color, color-mix(in srgb, currentColor 72%, transparent));
    --_border: var(--we-border-color, color-mix(in srgb, currentColor 18%, transparent));
    --_surface: var(--we-surface-color, color-mix(in srgb, currentColor 4%, transparent));
    --_radius: var(--we-radius, 8px);
    /* em, not rem: Bootstrap 3 pages set html { font-size: 10px } */
    --_gap: var(--we-gap, 1em);
    --_focus: var(--we-focus-color, color-mix(in oklab, #0b57d0 60%, currentColor));
    --_error: var(--we-error-color, color-mix(in oklab, #c5221f 70%, currentColor));
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
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
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
    border: 1px solid var(--_error);
    border-left-width: 4px;
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    overflow-wrap: anywhere;
  }
  [part='error'] strong {
    color: var(--_error);
  }
  [part='loading'] {
    display: flex;
    align-items: center;
    gap: 0.6em;
    padding: 0.75em 0;
    color: var(--_muted);
  }
  [part='loading']::before {
    content: '';
    width: 1em;
    height: 1em;
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
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
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  @keyframes we-flash {
    from {
      background: color-mix(in srgb, var(--_accent) 25%, transparent);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [data-fragment-target] {
      animation: none;
    }
  }
  [part='empty'] {
    color: var(--_muted);
    padding: 0.5em 0;
  }
  @media print {
    button,
    [part~='controls'] {
      display: none !important;
    }
  }
`,es=[ts,a`
  :host {
    --_break: var(--we-schedule-break-color, color-mix(in srgb, currentColor 8%, transparent));
    /* Like the shared colours, mixed from the page text colour: readable on light and dark pages alike. */
    --_live: var(--we-schedule-live-color, color-mix(in oklab, #c5221f 72%, currentColor));
    --_star: var(--we-schedule-star-color, color-mix(in oklab, #b06000 75%, currentColor));
    --_sticky-top: var(--we-schedule-sticky-top, 0px);
    /* --_page-bg: the page's own background behind the element (internal/page-background.ts). */
    --_sticky-bg: var(--we-schedule-sticky-background, var(--_page-bg, Canvas));
    --_min-col: var(--we-schedule-grid-min-column, 9em);
    /* In em of the element, not rem: Bootstrap 3 pages set html { font-size: 10px }, which shrank the time column
       until every time range wrapped. The day heading is this tall (in the element's em) so the sticky room row
       sits right under it. */
    --_day-heading-height: 3em;
  }
  [hidden] {
    display: none !important;
  }
  .base {
    container-type: inline-size;
  }
  p,
  h3,
  h4,
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
    margin-bottom: var(--_gap);
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
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.3em 0.7em;
    text-decoration: none;
    line-height: 1.3;
  }
  .toolbar a {
    color: var(--_link);
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
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
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
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
    color: var(--_muted);
    font-size: 0.9em;
  }
  .status:empty {
    display: none;
  }

  /* Days */
  .day + .day {
    margin-top: calc(var(--_gap) * 1.5);
  }
  .day-heading {
    position: sticky;
    top: var(--_sticky-top);
    z-index: 3;
    background: var(--_sticky-bg);
    font-size: 1.2em;
    line-height: 1.4;
    /* Its own em is 1.2 of the element's. */
    min-height: calc(var(--_day-heading-height) / 1.2);
    padding: 0.4em 0;
    border-bottom: 2px solid var(--_accent);
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
  .section h4 {
    font-size: 1.05em;
    padding: 0.6em 0 0.2em;
    border-bottom: 1px solid var(--_border);
  }
  .session {
    display: grid;
    grid-template-columns: 12.5em minmax(0, 1fr) auto; /* "10:50 AM–11:30 AM GMT+2" on one line */
    gap: 0.25em 0.75em;
    align-items: start;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .session.type-break {
    background: var(--_break);
    border-style: dashed;
    padding-block: 0.3em;
  }
  .session.type-break .title {
    font-weight: normal;
    font-style: italic;
  }
  .session.is-live {
    border-left: 4px solid var(--_live);
  }
  .when {
    color: var(--_muted);
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
    color: var(--_muted);
  }
  .kind {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .live-badge {
    color: var(--_live);
    font-weight: 700;
  }
  .title {
    font-weight: 600;
  }
  .tba {
    color: var(--_muted);
    font-style: italic;
  }
  .speakers {
    color: var(--_muted);
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
    color: var(--_link);
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
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    padding: 0.1em 0.45em;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .star[aria-pressed='true'] {
    background: transparent;
    color: var(--_star);
    border-color: var(--_star);
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
      grid-template-columns: repeat(var(--rooms), minmax(min(var(--_min-col), 100%), 1fr));
      gap: 0.5em;
    }
    .rooms {
      position: sticky;
      top: calc(var(--_sticky-top) + var(--_day-heading-height));
      z-index: 2;
      background: var(--_sticky-bg);
      padding: 0.3em 0;
      margin-bottom: 0.5em;
      font-weight: 600;
      border-bottom: 1px solid var(--_border);
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
`],ss="workshop-schedule";class is extends lt{constructor(){super(...arguments),this.filterable=!1,this.myProgram=!1,this.query="",this.track="",this.room="",this.data=new Ft(this,{tag:ss,name:"items",value:()=>this.items,src:()=>this.src,validate:Qe}),this.fragment=new Vt(this,t=>{const e=this.shadowRoot?.getElementById(t)??null;return e?.closest("[hidden]")?((this.query||this.track||this.room||this.myProgram)&&queueMicrotask(()=>{this.query=this.track=this.room="",this.myProgram=!1}),null):e}),this.clock=new ve(this),this.mine=new ke(this,()=>this.myProgram=!0),this.background=new Gt(this),this.warnings=new Bt(ss),this.actions={toggleFavorite:t=>this.mine.toggle(t),download:(t,e)=>this.downloadSessions(t,e)},this.toggleLocalTime=()=>this.mine.toggleLocalTime(),this.toggleMyProgram=()=>{this.myProgram=!this.myProgram},this.jumpTo=t=>{(t.currentTarget.getAttribute("href")??"")===location.hash&&(t.preventDefault(),this.fragment.reveal())}}get dataComplete(){return this.data.complete}connectedCallback(){super.connectedCallback(),this.background.connect(),this.hasUpdated&&this.background.update()}firstUpdated(){this.background.update()}disconnectedCallback(){super.disconnectedCallback(),this.background.disconnect()}willUpdate(){this.data.sync();const t=this.data.state;if(this.current=void 0,this.settingError=void 0,"ready"!==t.status)return;const e=this.timezone?.trim()||Te();if(this.settingError=function(t,e){return Ce(t)?e&&!Ve(e.trim())?`date "${e}" is not a date like "2019-12-13"`:void 0:`timezone "${t}" is not an IANA time zone (like "America/Vancouver" or "UTC")`}(e,this.date),this.settingError)return;const s=this.program(t,e);s.sessions.length&&(this.current={program:s,view:this.view(s,e)})}render(){const t=this.data.state;if("ready"!==t.status)return Yt(ss,t,{loading:"Loading the program…",empty:"No program yet."});if(this.settingError)return Yt(ss,{status:"error",message:this.settingError},{loading:"",empty:""});if(!this.current)return H`<p part="empty">No sessions in the program yet.</p>`;const{program:e,view:s}=this.current;return H`<div class="base">
      ${this.renderControls(e,s)} ${e.days.map(t=>je(t,s,this.actions))}
    </div>`}updated(t){this.settingError!==this.reportedSetting&&(this.reportedSetting=this.settingError,this.settingError&&(this.warnings.error(this.settingError),queueMicrotask(()=>this.dispatchEvent(new Event("error")))));const e=this.built?.program;e&&e!==this.reportedProgram&&!this.settingError&&(this.reportedProgram=e,this.warnings.problems("the times",e.problems)),t.has("now")&&this.now&&!Number.isFinite(Date.parse(this.now))&&this.warnings.warn("now",`now "${this.now}" is not a date-time like "2019-12-13T09:00-08:00"; the real clock is used`),this.current&&this.viewerTimezone&&this.current.view.viewer!==this.viewerTimezone&&this.warnings.warn("viewer-timezone",`viewer-timezone "${this.viewerTimezone}" is not an IANA time zone; the visitor's own (${this.current.view.viewer}) is used`)}program(t,e){const s=this.date?.trim()||ze(this.clockTime(),e),i=this.built;if(i&&i.state===t&&i.zone===e&&i.date===s)return i.program;const r=qe("ready"===t.status?t.data:[],e,s);return this.built={state:t,zone:e,date:s,program:r},r}clockTime(){const t=this.now?Date.parse(this.now):NaN;return Number.isFinite(t)?t:this.clock.time}view(t,e){const s=this.viewerTimezone&&Ce(this.viewerTimezone)?this.viewerTimezone:Te(),i=new Set(this.mine.favorites),r=this.filterable||t.sessions.length>40,o=r?{query:this.query,track:this.track,room:this.room,only:this.myProgram?i:void 0}:{query:"",track:"",room:"",only:this.myProgram?i:void 0},n=this.clockTime(),a=new Set(t.sessions.filter(t=>Ae(t,o)).map(t=>t.id)),l=t.sessions.filter(t=>t.start<=n&&n<t.end),h=t.sessions[0].start,d=Math.max(...t.sessions.map(t=>t.end)),c=l[0]??(n>=h&&n<d?t.sessions.find(t=>t.start>n):void 0);return{zone:e,viewer:s,shown:this.mine.localTime?s:e,localTime:this.mine.localTime,lang:this.closest("[lang]")?.getAttribute("lang")||void 0,favorites:i,filterable:r,visible:a,live:new Set(l.map(t=>t.id)),nowTarget:c,total:t.sessions.length}}renderControls(t,e){const s=t.sessions.filter(t=>e.favorites.has(t.id)).length,i=e.visible.size!==e.total;return H`<div part="controls" class="controls">
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
      ${e.filterable?this.renderFilters(t):W}
      ${t.days.length>1?H`<nav part="nav" aria-label="Days of the program">
              <ul>
                ${t.days.map(t=>H`<li>
                      <a href=${`#day-${t.key}`} @click=${this.jumpTo}>${ne(t.key,e.lang,!0)}</a>
                    </li>`)}
              </ul>
            </nav>`:W}
      <p part="status" role="status" class=${e.filterable||this.myProgram?"status":"visually-hidden"}>
        ${this.myProgram&&!s?"No sessions in my program yet: star a session (☆) to add it.":i||e.filterable?`${e.visible.size} of ${e.total} sessions shown.`:""}
      </p>
    </div>`}renderFilters(t){const e=(t,e,s,i)=>s.length>1?H`<label
            >${t}
            <select .value=${e} @change=${t=>i(t.target.value)}>
              <option value="">All</option>
              ${s.map(t=>H`<option value=${t} ?selected=${t===e}>${t}</option>`)}
            </select></label
          >`:W;return H`<div part="filters" class="filters" role="search">
      <label
        >Search
        <input
          part="search"
          type="search"
          .value=${this.query}
          placeholder="Title, speaker, abstract…"
          @input=${t=>this.query=t.target.value}
      /></label>
      ${e("Track",this.track,t.tracks,t=>this.track=t)}
      ${e("Room",this.room,t.rooms,t=>this.room=t)}
    </div>`}downloadProgram(t){const e=new Set(this.mine.favorites),s=this.myProgram?t.sessions.filter(t=>e.has(t.id)):t.sessions;s.length&&this.downloadSessions(s,this.myProgram?"my-program.ics":"program.ics")}downloadSessions(t,e){const s=fe(t,location.href.replace(/#.*$/,""),location.hostname||"workshop-elements",document.title||void 0),i=new be(e,s,t.map(t=>t.id));this.dispatchEvent(i)&&Jt(this.renderRoot,s,e,"text/calendar;charset=utf-8")}}is.styles=es,t([pt({type:Array,converter:qt("items")})],is.prototype,"items",void 0),t([pt()],is.prototype,"src",void 0),t([pt()],is.prototype,"timezone",void 0),t([pt()],is.prototype,"date",void 0),t([pt()],is.prototype,"now",void 0),t([pt({type:Boolean})],is.prototype,"filterable",void 0),t([pt({attribute:"viewer-timezone"})],is.prototype,"viewerTimezone",void 0),t([ut()],is.prototype,"myProgram",void 0),t([ut()],is.prototype,"query",void 0),t([ut()],is.prototype,"track",void 0),t([ut()],is.prototype,"room",void 0),customElements.get("workshop-schedule")||customElements.define("workshop-schedule",is);const rs=1,os=3,ns=4,as=t=>(...e)=>({_$litDirective$:t,values:e});let ls=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,s){this._$Ct=t,this._$AM=e,this._$Ci=s}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};const hs="important",ds=" !"+hs,cs=as(class extends ls{constructor(t){if(super(t),t.type!==rs||"style"!==t.name||t.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(t){return Object.keys(t).reduce((e,s)=>{const i=t[s];return null==i?e:e+`${s=s.includes("-")?s:s.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${i};`},"")}update(t,[e]){const{style:s}=t.element;if(void 0===this.ft)return this.ft=new Set(Object.keys(e)),this.render(e);for(const t of this.ft)null==e[t]&&(this.ft.delete(t),t.includes("-")?s.removeProperty(t):s[t]=null);for(const t in e){const i=e[t];if(null!=i){this.ft.add(t);const e="string"==typeof i&&i.endsWith(ds);t.includes("-")||e?s.setProperty(t,e?i.slice(0,-11):i,e?hs:""):s[t]=i}}return J}}),ps=new Set(["dr","prof","professor","mr","mrs","ms","mx","sir","dame"]),us=/[\p{L}\p{N}]/u,ms="undefined"!=typeof Intl&&"Segmenter"in Intl?new Intl.Segmenter(void 0,{granularity:"grapheme"}):void 0,fs=/^(?:\p{M}|\p{Emoji_Modifier}|\u200D|\uFE0E|\uFE0F|[\u{E0020}-\u{E007F}])/u,gs=/^\p{Regional_Indicator}$/u;function vs(t){const[e,s]=Array.from(t.slice(0,4));if(void 0===s||!ms||!(fs.test(s)||gs.test(e)&&gs.test(s)))return e;for(const e of ms.segment(t))return e.segment}function bs(t,e,s){const i=e=>(e+t/30)%12,r=e*Math.min(s,1-s),o=t=>s-r*Math.max(-1,Math.min(i(t)-3,Math.min(9-i(t),1)));return[o(0),o(8),o(4)].map(t=>Math.round(255*t))}function ys([t,e,s]){const i=t=>{const e=t/255;return e<=.04045?e/12.92:((e+.055)/1.055)**2.4};return.2126*i(t)+.7152*i(e)+.0722*i(s)}function ws(t,e){const[s,i]=[ys(t),ys(e)].sort((t,e)=>e-t);return(s+.05)/(i+.05)}const $s=[255,255,255];const ks=[ts,a`
    .base {
      --_size: var(--speaker-card-photo-size, 8em);
      --_photo-radius: var(--speaker-card-photo-radius, var(--_radius));
      --_lines: var(--speaker-card-bio-lines, 4);
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.75em var(--speaker-card-gap, 1em);
      height: 100%;
    }
    .base.row {
      --_size: var(--speaker-card-photo-size, 5.5em);
      --_photo-radius: var(--speaker-card-photo-radius, 50%);
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
      --_size: var(--speaker-card-photo-size, 4.5em);
      --_photo-radius: var(--speaker-card-photo-radius, 50%);
      --_lines: var(--speaker-card-bio-lines, 3);
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
      width: var(--_size);
      height: var(--_size);
      aspect-ratio: 1;
      border-radius: var(--_photo-radius);
      overflow: hidden;
      background: var(--_avatar-bg);
      color: var(--_avatar-fg);
    }
    .initials {
      position: absolute;
      inset: 0;
      display: grid;
      place-items: center;
      font-size: calc(var(--_size) * 0.38);
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
      font-size: var(--speaker-card-name-size, 1.15em);
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
      color: var(--_muted);
    }
    [part~='affiliation'] {
      margin-top: 0.2em;
      color: var(--_muted);
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
      max-height: calc(var(--_lines) * var(--we-line-height, 1.45) * 1em);
      overflow: hidden;
    }
    .bio.clamped.overflowing {
      -webkit-mask-image: linear-gradient(to bottom, #000 calc(100% - 1.2em), transparent);
      mask-image: linear-gradient(to bottom, #000 calc(100% - 1.2em), transparent);
    }
    [part~='more'] {
      margin-top: 0.25em;
      padding: 0.1em 0.6em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_link);
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
  `];function xs(t){if(null===t||"object"!=typeof t||Array.isArray(t))throw new Ut(`"speaker" must be an object, got ${Ot(t)}`);const e=[],s=new zt(t,"speaker",e),i=s.requiredText("name","speaker");if(void 0===i)throw new Ut(`"speaker.name" is required: ${e[0]?.message??"missing"}`);const r={name:i,affiliations:Ss(s.textList("affiliation")),photo:s.url("photo","image"),url:s.url("url"),role:As(s.text("role")),bio:As(s.text("bio")),talk:_s(s),links:s.links("links")??[]};return s.done(),{data:r,problems:e}}function _s(t){const e=t.raw("talk");if(null==e)return;if("string"==typeof e)return e.trim()?{title:e}:void 0;const s=Rt(e,`${t.path}.talk`,t.problems,"talk");if(!s)return;const i=s.requiredText("title","talk"),r=s.url("href");return s.done(),void 0===i?void 0:{title:i,href:r}}const As=t=>void 0===t||""===t.trim()?void 0:t,Ss=t=>(t??[]).filter(t=>""!==t.trim()),Es=["card","row","compact"];class Cs extends lt{constructor(){super(...arguments),this.layout="card",this.headingLevel=3,this.expanded=!1,this.overflowing=!1,this.data=new Ft(this,{tag:"speaker-card",name:"speaker",value:()=>this.speaker,src:()=>this.src,validate:xs}),this.warnings=new Bt("speaker-card")}get dataComplete(){return this.data.complete}connectedCallback(){super.connectedCallback(),this.observedBio=void 0,this.hasUpdated&&this.observeBio()}disconnectedCallback(){super.disconnectedCallback(),this.observedBio&&Ls(this.observedBio)}willUpdate(t){["name","affiliation","photo","href","speakerRole","talk","talkHref"].some(e=>t.has(e))&&this.readAttributes()}render(){const t=this.data.state;if("empty"===t.status&&this.fromAttributes)return"error"in this.fromAttributes?H`${Yt("speaker-card",{status:"error",message:this.fromAttributes.error},Ts)}<slot
          ></slot>`:this.renderCard(this.fromAttributes.data);if("ready"===t.status)return this.renderCard(t.data);const e=Yt("speaker-card",t,Ts);return"error"===t.status?H`${e}<slot></slot>`:e}updated(t){t.has("layout")&&!Es.includes(this.layout)&&this.warnings.warn("layout",`layout "${this.layout}" is not one of ${Es.join(", ")}; using "card".`);const e=this.fromAttributes;e!==this.reportedAttributes&&(this.reportedAttributes=e,e&&"error"in e?this.warnings.error(e.error):e&&this.warnings.problems("the attributes",e.problems)),this.observeBio()}observeBio(){const t=this.renderRoot.querySelector('[part~="bio"]')??void 0;t!==this.observedBio&&(this.observedBio&&Ls(this.observedBio),this.observedBio=t,t&&function(t,e){Ns??=new ResizeObserver(t=>{const e=t.map(t=>[t.target,t.target.scrollHeight>t.target.clientHeight+1]);setTimeout(()=>{for(const[t,s]of e)Ms.get(t)?.(s)})}),Ms.set(t,e),Ns.observe(t)}(t,t=>this.bioMeasured(t)))}renderCard(t){const e=Es.includes(this.layout)?this.layout:"card",s=Math.min(6,Math.max(1,Math.round(this.headingLevel)||3));return H`<div part="base" class="base ${e}">
      ${this.renderPhoto(t)}
      <div class="text">
        <div part="name" role="heading" aria-level=${s} dir="auto">${t.url?ee(t.url,t.name):t.name}</div>
        ${t.role?H`<p part="role" dir="auto">${t.role}</p>`:W}
        ${t.affiliations.length?H`<p part="affiliation">
                ${t.affiliations.map((e,s)=>H`<span dir="auto"
                      >${e}${s<t.affiliations.length-1?H`<span class="visually-hidden">; </span>`:W}</span
                    >`)}
              </p>`:W}
        ${t.talk?H`<p part="talk">
                Talk: <span dir="auto">${t.talk.href?ee(t.talk.href,t.talk.title):t.talk.title}</span>
              </p>`:W}
        ${this.renderBio(t)}
        ${t.links.length?H`<ul part="links">
                ${t.links.map(t=>H`<li>${ee(t.url,t.label)}</li>`)}
              </ul>`:W}
      </div>
    </div>`}renderPhoto(t){const e=function(t){const e=le(t.trim().toLowerCase()),s=e%360,i=.45+(e>>>9)%20/100;let r=.42,o=bs(s,i,r);for(;ws(o,$s)<4.5&&r>.05;)r-=.01,o=bs(s,i,r);return{background:`rgb(${o.join(" ")})`,color:"#ffffff",contrast:ws(o,$s)}}(t.name),s=t.photo&&t.photo!==this.failedPhoto?t.photo:void 0;return H`<div
      part="photo"
      aria-hidden="true"
      style=${cs({"--_avatar-bg":e.background,"--_avatar-fg":e.color})}
    >
      <span part="initials" class="initials">${function(t){const e=t.split(/[\s\u200B\u200E\u200F\u2028-\u202F]+/u).map(t=>t.replace(/^[^\p{L}\p{N}\p{Extended_Pictographic}]+/u,"")).filter(t=>""!==t&&!ps.has(t.replace(/\.$/,"").toLowerCase())),s=e.filter(t=>us.test(vs(t)??"")),i=s.length?s:e;return 0===i.length?vs(t.trim())??"?":(vs(i[0])+(i.length>1?vs(i[i.length-1]):"")).toLocaleUpperCase()}(t.name)}</span>
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
            </button>`:W}`}hasChildBio(){return Array.from(this.childNodes).some(t=>t.nodeType===Node.ELEMENT_NODE?"script"!==t.localName&&!t.hasAttribute("slot"):t.nodeType===Node.TEXT_NODE&&""!==t.textContent.trim())}toggleBio(){this.expanded=!this.expanded}bioMeasured(t){this.expanded||(this.overflowing=t)}photoFailed(t){this.failedPhoto=t,this.warnings.warn("photo",`the photo of "${this.currentName()}" could not be loaded, showing initials: ${t}`)}currentName(){const t=this.data.state;return"ready"===t.status?t.data.name:this.fromAttributes&&"data"in this.fromAttributes?this.fromAttributes.data.name:""}readAttributes(){const t=this.getAttribute("role");let e;try{e=function(t){const e=t=>null==t||""===t.trim()?void 0:t;if(![t.name,t.affiliation,t.photo,t.href,t.role,t.talk,t.talkHref].some(e))return;const s=e(t.name);if(!s)throw new Ut('the "name" attribute is required (or give the speaker as JSON)');const i=[],r=(s,r)=>{const o=e(t[s]);if(void 0===o)return;const n=Nt(o,r);return n&&i.push({path:`${"talkHref"===s?"talk-href":s} attribute`,message:n}),Pt(o,r)},o=r("talkHref","link");return e(t.talkHref)&&!e(t.talk)&&i.push({path:"talk-href attribute",message:'needs a talk="…" title (ignored)'}),{data:{name:s,affiliations:e(t.affiliation)?[t.affiliation]:[],photo:r("photo","image"),url:r("href","link"),role:e(t.role),talk:e(t.talk)?{title:t.talk,href:o}:void 0,links:[]},problems:i}}({name:this.name,affiliation:this.affiliation,photo:this.photo,href:this.href,role:this.speakerRole??t,talk:this.talk,talkHref:this.talkHref})}catch(t){if(!(t instanceof Ut))throw t;return void(this.fromAttributes={error:t.message})}this.fromAttributes=e,e&&t&&null==this.speakerRole&&e.problems.push({path:"role attribute",message:`"role" is ARIA's attribute and "${t}" is not an ARIA role; write speaker-role="${t}" instead`})}}Cs.styles=ks,t([pt({type:Object,converter:qt("speaker")})],Cs.prototype,"speaker",void 0),t([pt()],Cs.prototype,"src",void 0),t([pt()],Cs.prototype,"name",void 0),t([pt()],Cs.prototype,"affiliation",void 0),t([pt()],Cs.prototype,"photo",void 0),t([pt()],Cs.prototype,"href",void 0),t([pt({attribute:"speaker-role"})],Cs.prototype,"speakerRole",void 0),t([pt()],Cs.prototype,"talk",void 0),t([pt({attribute:"talk-href"})],Cs.prototype,"talkHref",void 0),t([pt()],Cs.prototype,"layout",void 0),t([pt({attribute:"heading-level",type:Number})],Cs.prototype,"headingLevel",void 0),t([ut()],Cs.prototype,"failedPhoto",void 0),t([ut()],Cs.prototype,"expanded",void 0),t([ut()],Cs.prototype,"overflowing",void 0);const Ts={loading:"Loading speaker…",empty:"No speaker given."},Ms=new WeakMap;let Ns;function Ls(t){Ms.delete(t),Ns?.unobserve(t)}customElements.get("speaker-card")||customElements.define("speaker-card",Cs);const Ps={},Os=as(class extends ls{constructor(){super(...arguments),this.ot=Ps}render(t,e){return e()}update(t,[e,s]){if(Array.isArray(e)){if(Array.isArray(this.ot)&&this.ot.length===e.length&&e.every((t,e)=>t===this.ot[e]))return J}else if(this.ot===e)return J;return this.ot=Array.isArray(e)?Array.from(e):e,this.render(e,s)}}),Us=[["pdf","PDF"],["url","Page"],["code","Code"],["video","Video"],["slides","Slides"],["poster","Poster"]],zs={ł:"l",Ł:"L",ø:"o",Ø:"O",ß:"ss",æ:"ae",Æ:"AE",œ:"oe",Œ:"OE",đ:"d",Đ:"D",ð:"d",þ:"th",ı:"i"};function Rs(t){return t.normalize("NFD").replace(/\p{M}/gu,"").replace(/[łŁøØßæÆœŒđĐðþı]/g,t=>zs[t])}const js=new Set(["a","an","the","on","of","in","for","to","and","with","towards","toward","from","by","at","is","are"]);function Is(t){if(!t)return"";const e=Rs(t).trim().split(/\s+/);return(e[e.length-1]??"").toLowerCase().replace(/[^a-z0-9]/g,"")}function Bs(t){const e=Rs(t).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);return e.find(t=>!js.has(t))??e[0]??""}function Ds(t,e){return t.givenId?Rs(t.id).replace(/[^A-Za-z0-9_:.\-+/]/g,"")||"paper":Is(t.authors[0]?.name)+(e??"").replace(/\D/g,"")+Bs(t.title)||"paper"}const qs={"\\":"\\textbackslash{}","{":"\\{","}":"\\}","&":"\\&","%":"\\%",$:"\\$","#":"\\#",_:"\\_","~":"\\textasciitilde{}","^":"\\textasciicircum{}","<":"\\textless{}",">":"\\textgreater{}"};function Fs(t){return t.replace(/[\\{}&%$#_~^<>]/g,t=>qs[t]).replace(/-(?=-)/g,"-{}").replace(/([`',])(?=\1)/g,"$1{}").replace(/([?!])`/g,"$1{}`").replace(/\s+/g," ").trim()}const Hs=t=>t.replace(/\\[a-z]+\{\}|\\./g,"");function Js(t,e={},s=Ds(t,e.year)){if(t.bibtex)return t.bibtex;const i=[["title",`{${r=t.title,Fs(r).split(" ").map(t=>/^\P{Lu}*\p{L}.*\p{Lu}/u.test(Hs(t))?`{${t}}`:t).join(" ")}}`]];var r;t.authors.length&&i.push(["author",`{${t.authors.map(t=>function(t){const e=Fs(t);return/,|\sand\s/i.test(e)?`{${e}}`:e}(t.name)).join(" and ")}}`]),e.venue&&i.push(["booktitle",`{${Fs(e.venue)}}`]),e.year&&i.push(["year",`{${Fs(e.year)}}`]);const o=t.url??t.pdf;o&&i.push(["url",`{${o.replace(/[{}\\$]/g,t=>encodeURIComponent(t))}}`]);const n=i.map(([t,e])=>`  ${t} = ${e}`).join(",\n");return`@inproceedings{${s},\n${n}\n}`}function Ws(t){let e="";for(;t>0;t=Math.floor((t-1)/26))e=String.fromCharCode(97+(t-1)%26)+e;return e}function Vs(t,e){const s=new Map,i=new Set;for(const e of t){const t=e.bibtex&&/^\s*@\w+\s*[{(]\s*([^,\s]+)\s*,/.exec(e.bibtex)?.[1];t&&i.add(t.toLowerCase())}const r=new Map,o=t=>{const o=Ds(t,e);let n=r.get(o.toLowerCase())??0,a=n?o+Ws(n):o;for(;i.has(a.toLowerCase());)a=o+Ws(++n);r.set(o.toLowerCase(),n+1),i.add(a.toLowerCase()),s.set(t,a)};for(const e of t)!e.bibtex&&e.givenId&&o(e);for(const e of t)e.bibtex||e.givenId||o(e);return s}class Zs{constructor(t,e){this.host=t,this.options=e,this.open=new Set}get context(){return{venue:this.host.venue,year:this.host.year}}state(t){return{bibtex:this.open.has(t.id)?this.entry(t):void 0,copied:this.copied===t.id}}file(t){return function(t,e={},s=Vs(t,e.year)){return t.map(t=>Js(t,e,s.get(t))).join("\n\n")+"\n"}(t,this.context,this.keys())}keys(){const t=this.options.all(),e=this.host.year;return this.keyCache?.all===t&&this.keyCache.year===e||(this.keyCache={all:t,year:e,keys:Vs(t,e)}),this.keyCache.keys}entry(t){return Js(t,this.context,this.keys().get(t))}async click(t){if(this.open.delete(t.id))return void this.options.patch(t);const e=this.entry(t);try{if(!navigator.clipboard)throw new Error("no clipboard");await navigator.clipboard.writeText(e);const s=this.copied;this.copied=t.id,this.options.announce(`BibTeX of “${t.title}” copied to the clipboard.`),this.options.patch(t);const i=void 0===s||s===t.id?void 0:this.options.paper(s);i&&this.options.patch(i)}catch{this.open.add(t.id),this.options.announce("Copying was refused; the BibTeX entry is shown below the paper, selected."),this.options.patch(t),await this.host.updateComplete;const e=this.host.shadowRoot.getElementById(t.id)?.querySelector('[part="bibtex"]');e&&(e.focus(),getSelection()?.selectAllChildren(e))}}download(t){const e=Rs(this.host.venue??"papers").replace(/[^A-Za-z0-9]+/g,"-").replace(/^-|-$/g,"")||"papers";Jt(this.host.shadowRoot,this.file(t),`${e}.bib`,"application/x-bibtex")}}const Ks={},Xs=as(class extends ls{constructor(t){if(super(t),t.type!==os&&t.type!==rs&&t.type!==ns)throw Error("The `live` directive is not allowed on child or event bindings");if(!(t=>void 0===t.strings)(t))throw Error("`live` bindings can only contain a single expression")}render(t){return t}update(t,[e]){if(e===J||e===W)return e;const s=t.element,i=t.name;if(t.type===os){if(e===s[i])return J}else if(t.type===ns){if(!!e===s.hasAttribute(i))return J}else if(t.type===rs&&s.getAttribute(i)===e+"")return J;return((t,e=Ks)=>{t._$AH=e})(t),e}}),Gs=/^[\x00-\x7f]*$/;function Ys(t){return Gs.test(t)?t.toLowerCase():Rs(t).toLowerCase().replace(/ς/g,"σ")}function Qs(t){return[...new Set(Ys(t).split(/\s+/).filter(Boolean))]}const ti=new Map,ei=t=>{let e=ti.get(t);return void 0===e&&ti.set(t,e=Ys(t)),e};function si(t,e){if(!e.length||!t)return[{text:t,mark:!1}];const{folded:s,map:i}=function(t){if(Gs.test(t))return{folded:t.toLowerCase()};let e="";const s=[];let i=0;for(const r of t){const t=ei(r);e+=t;for(let e=0;e<t.length;e++)s.push(i);i+=r.length}return s.push(t.length),{folded:e,map:s}}(t),r=[];for(const t of e)for(let e=s.indexOf(t);-1!==e;e=s.indexOf(t,e+t.length))r.push([e,e+t.length]);if(!r.length)return[{text:t,mark:!1}];r.sort((t,e)=>t[0]-e[0]);const o=t=>i?i[t]:t,n=[];let a=0,[l,h]=r[0];const d=()=>{const e=o(l),s=o(h);e>a&&n.push({text:t.slice(a,e),mark:!1}),n.push({text:t.slice(e,s),mark:!0}),a=s};for(const[t,e]of r.slice(1))t<=h?h=Math.max(h,e):(d(),[l,h]=[t,e]);return d(),a<t.length&&n.push({text:t.slice(a),mark:!1}),n}const ii=new Intl.Collator(void 0,{sensitivity:"base",numeric:!0}),ri=(t,e)=>ii.compare(Ys(t),Ys(e)),oi=(t="")=>t.trim().split(/\s+/).pop()??"";function ni(t,e){const s=Qs(t.q),i=Ys(t.type),r=Ys(t.award),o=Ys(t.session),n=Ys(t.keyword);return a=>{if(t.type||t.award||t.session||t.keyword){const e=function(t){let e=ai.get(t);if(!e){const s=t=>void 0===t?void 0:Ys(t);e={type:s(t.type),award:s(t.award),session:s(t.session),keywords:t.keywords.map(Ys)},ai.set(t,e)}return e}(a);if(t.type&&e.type!==i)return!1;if(t.award&&e.award!==r)return!1;if(t.session&&e.session!==o)return!1;if(t.keyword&&!e.keywords.includes(n))return!1}return!s.length||function(t,e){return e.every(e=>t.includes(e))}(e(a),s)}}const ai=new WeakMap;function li(t,e){const s=[...t];return"title"===e&&s.sort((t,e)=>ri(t.title,e.title)||t.index-e.index),"author"===e&&s.sort((t,e)=>ri(oi(t.authors[0]?.name),oi(e.authors[0]?.name))||ri(t.authors[0]?.name??"",e.authors[0]?.name??"")||t.index-e.index),s}function hi(t,e){const s=new Map;for(const i of t){const t=e(i);for(const e of Array.isArray(t)?t:t?[t]:[]){const t=Ys(e);s.has(t)||s.set(t,e)}}return[...s.values()]}const di="Other",ci=Ys(di),pi=["type","award","session","keyword"],ui=20;class mi{constructor(t){this.hooks=t,this.shown=[],this.matched=new Uint8Array(0),this.groupCounts=new Map,this.rendered=0,this.budget=40,this.rowsPerMs=1,this.stepRows=0,this.stepStart=0,this.version=0,this.mounted=[]}reset(){this.view=this.applied=void 0}setView(t,e,s){const i=this.view;if(i&&i.all===t&&i.sort===e&&i.groupBy===s)return!1;const r=s?function(t,e){const s=new Map;for(const i of t){const t=i[e],r=void 0===t?void 0:Ys(t);let o=s.get(r);o||s.set(r,o={label:t,papers:[]}),o.papers.push(i)}const i=s.get(void 0);s.delete(void 0);const r=s.get(ci);return i&&r&&r.papers.push(...i.papers),[...s.values(),...i&&!r?[i]:[]]}(t,s).flatMap(t=>{const s=li(t.papers,e);return[{group:t.label??di,papers:s},...s]}):li(t,e),o=[];for(let t=0,e=0;t<r.length;t+=ui,e++){const s=r.slice(t,t+ui),n=i?.chunks[e];o.push(n&&fi(n.rows,s)?n:{rows:s,shown:[],displayed:[],version:0})}const n=new Map;r.forEach((t,e)=>"group"in t||n.set(t.id,e)),this.view={all:t,sort:e,groupBy:s,rows:r,chunks:o,position:n},this.applied=void 0;const a=i&&i.rows.length<=r.length&&i.rows.every((t,e)=>t===r[e]);return a||(this.rendered=0),this.rendered=Math.min(this.rendered,o.length),!a}needsFilters(t){return!(this.applied?.view===this.view&&this.applied?.filters===t)}applyFilters(t,e){const s=this.view;if(!this.needsFilters(t))return;const i=this.applied?.view===s?this.applied:void 0,r=void 0!==i&&pi.every(e=>i.filters[e]===t[e])&&i.terms.every(t=>e.some(e=>e.includes(t))),o=this.matched;this.applied={view:s,filters:t,terms:e};const n=ni(t,this.hooks.hay),a=new Uint8Array(s.rows.length),l=new Map,h=[];let d;s.rows.forEach((t,e)=>{"group"in t?l.set(d=t,0):r&&!o[e]||!n(t)||(a[e]=1,h.push(t),d&&l.set(d,l.get(d)+1))}),s.chunks.forEach((t,e)=>{const s=t.rows.filter((t,s)=>"group"in t?l.get(t)>0:a[e*ui+s]),i=s.some(t=>"group"in t&&l.get(t)!==this.groupCounts.get(t));i&&(t.version=++this.version),fi(s,t.shown)||(t.shown=s)}),this.matched=a,this.groupCounts=l,this.shown=h}matches(t){return!!this.matched[t]}reach(t){this.budget=Math.max(this.budget,t+ui)}unlimit(){this.budget=1/0}display(){const t=this.view;let e=this.budget;this.budget=40;const s=e;t.chunks.forEach((t,s)=>{if(t.displayed===t.shown)return;if(s>=this.rendered){if(s>this.rendered||e<=0)return;this.rendered=s+1}const i=t.nodes,r=i?t.shown.filter(t=>!i.has(t)).length:t.shown.length;let o=t.shown;r&&e<=0?o=t.shown.filter(t=>i?.has(t)):e-=Math.max(1,r),o!==t.shown&&fi(o,t.displayed)||(t.displayed=o,t.version=++this.version)}),this.stepRows&&(this.stepRows=Math.max(1,s-e))}pending(){return!!this.view?.chunks.some(t=>t.displayed!==t.shown)}startStep(){this.budget=Math.min(1e3,Math.max(ui,Math.round(40*this.rowsPerMs))),this.stepRows=this.budget,this.stepStart=performance.now()}endStep(){if(!this.stepRows)return;const t=this.stepRows/Math.max(1,performance.now()-this.stepStart);this.rowsPerMs=(this.rowsPerMs+t)/2,this.stepRows=0}displayedPapers(){return(this.view?.chunks??[]).flatMap(t=>t.displayed).filter(t=>!("group"in t))}paper(t){const e=this.view?.position.get(t);return void 0===e?void 0:this.view.rows[e]}*builtPapers(){for(const t of this.view?.chunks??[])for(const[e,s]of t.nodes??[])"group"in e||(yield[e,s])}sync(t){const e=this.view;t!==this.listEl&&(this.listEl=t,this.mounted=[]);for(let s=0;s<this.rendered;s++){const i=e.chunks[s],r=i.el??=Object.assign(document.createElement("div"),{className:"chunk"});if(i.synced!==i.version&&(i.synced=i.version,this.syncChunk(i,r)),this.mounted[s]!==i){const e=this.mounted[s]?.el;e?e.replaceWith(r):t.append(r),this.mounted[s]=i}}for(const t of this.mounted.splice(this.rendered))t?.el?.remove()}syncChunk(t,e){if(e.hidden=0===t.displayed.length,e.hidden)return;const s=t.nodes??=new Map,i=new Set(t.displayed);let r=null;for(const o of t.rows){let t=s.get(o);const n=i.has(o);if(t)t.hidden===n&&(t.hidden=!n);else{if(!n)continue;s.set(o,t=this.buildRow(o)),e.insertBefore(t,r?r.nextSibling:e.firstChild)}r=t,n&&"group"in o&&(t.querySelector(".count").textContent=`(${this.groupCounts.get(o)??0})`)}}buildRow(t){if(!("group"in t))return this.hooks.paper(t);const e=document.createElement("div");e.setAttribute("part","group-heading"),e.setAttribute("role","heading"),e.setAttribute("aria-level",String(this.hooks.groupLevel()));const s=document.createElement("span");return s.className="count",e.append(`${t.group} `,s),e}}const fi=(t,e)=>t.length===e.length&&t.every((t,s)=>t===e[s]),gi={given:"Given order",title:"Title",author:"First author"},vi={type:"Type",award:"Award",session:"Session",keyword:"Keyword"},bi={options:{type:["",[]],award:["",[]],session:["",[]],keyword:["",[]]},affiliations:!1};function yi(t){const e=new Map;for(const s of t)for(const t of s.keywords){const s=Ys(t),i=e.get(s);i?i.n++:e.set(s,{keyword:t,n:1})}const s=[...e.values()].filter(({n:e})=>e>1||t.length<20);return s.sort((t,e)=>e.n-t.n).slice(0,300).map(({keyword:t})=>t).sort((t,e)=>t.localeCompare(e))}const wi=t=>t.toLocaleString("en");class $i{constructor(t,e,s){this.host=t,this.engine=e,this.patch=s,this.termsKey="",this.rowTerms=new Map,this.abstractTerms=new Map,this.stale=!1,this.now=[],this.onScroll=()=>{this.stale&&void 0===this.scrollFrame&&(this.scrollFrame=requestAnimationFrame(()=>{this.scrollFrame=void 0;const t=this.engine.displayedPapers(),e=innerHeight;let s=this.firstBelow(t,-e);for(;s<t.length;s++){const i=this.host.shadowRoot.getElementById(t[s].id);if(i&&i.getBoundingClientRect().top>innerHeight+e)break;this.refresh(t[s])}}))},this.onToggle=t=>{const e=t.composedPath()[0];if("details"!==e.localName||!e.open)return;const s=this.engine.paper(e.closest("article")?.id??"");s&&this.refresh(s)},t.addController(this)}hostConnected(){this.host.renderRoot.addEventListener("toggle",this.onToggle,!0),document.addEventListener("scroll",this.onScroll,{capture:!0,passive:!0})}hostDisconnected(){this.host.renderRoot.removeEventListener("toggle",this.onToggle,!0),document.removeEventListener("scroll",this.onScroll,!0),void 0!==this.scrollFrame&&cancelAnimationFrame(this.scrollFrame),this.scrollFrame=void 0}termsFor(t){const e=this.rowTerms.get(t)??this.termsKey;return e?e.split(" "):[]}built(t){this.rowTerms.set(t,this.termsKey),this.abstractTerms.set(t,this.termsKey)}reset(){this.rowTerms.clear(),this.abstractTerms.clear()}search(t,e){const s=t.join(" ");if(s===this.termsKey)return void e();const i=this.anchor();this.termsKey=s,e();const r=this.engine.shown,o=this.engine.view.position;let n=r.findIndex(t=>o.get(t.id)>=i);-1===n&&(n=r.length),this.now=r.slice(Math.max(0,n-2),n+Math.min(40,Math.ceil(innerHeight/80)+1)),this.stale=!0}flush(){for(const t of this.now.splice(0))this.refresh(t)}refresh(t){const e=this.rowTerms.get(t.id)!==this.termsKey,s=!!t.abstract&&this.abstractTerms.get(t.id)!==this.termsKey;if(!e&&!s)return;const i=this.host.shadowRoot.getElementById(t.id);if(!i)return this.rowTerms.delete(t.id),void this.abstractTerms.delete(t.id);const r=s&&!!i.querySelector('[part="abstract"]')?.open;e&&this.rowTerms.set(t.id,this.termsKey),r&&this.abstractTerms.set(t.id,this.termsKey),this.patch(i,t,{text:e,abstract:r})}anchor(){const t=this.engine.displayedPapers(),e=this.firstBelow(t,0);return e<t.length?this.engine.view.position.get(t[e].id):0}firstBelow(t,e){let s=0,i=t.length;for(;s<i;){const r=s+i>>1,o=this.host.shadowRoot.getElementById(t[r].id);o&&o.getBoundingClientRect().bottom<e?s=r+1:i=r}return s}}const ki=[ts,a`
    :host {
      --_paper-gap: var(--we-paper-gap, 1em);
      /* Badges and marks are solid pairs (background and text set together): readable on light and dark pages. */
      --_badge: var(--we-badge-color, var(--_accent));
      --_award: var(--we-award-color, #8a5a00);
      --_on-award: #ffffff;
      --_mark: var(--we-mark-color, #fde68a);
      --_on-mark: #1f1600;
    }
    [part='controls'] {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.5em 0.75em;
      padding: 0.75em;
      margin-bottom: var(--_paper-gap);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.15em;
      font-size: 0.875em;
      color: var(--_muted);
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
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
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
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      background: transparent;
      padding: 0.25em 0.65em;
      font-size: 0.875em;
    }
    button:hover {
      background: var(--_surface);
    }
    [part='download'] {
      min-height: 2.25em;
    }
    [part='status'] {
      flex-basis: 100%;
      margin: 0;
      font-size: 0.875em;
      color: var(--_muted);
    }
    [part='group-heading'] {
      font-size: 1.25em;
      font-weight: 600;
      margin: 1.5em 0 0.5em;
      padding-bottom: 0.25em;
      border-bottom: 2px solid var(--_border);
    }
    .count {
      font-weight: normal;
      color: var(--_muted);
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
      border-bottom: 1px solid var(--_border);
      overflow-wrap: anywhere;
      /* Off-screen papers skip layout and paint until scrolled near; find-in-page still finds them. */
      content-visibility: auto;
      contain-intrinsic-size: auto var(--we-paper-size, 9em);
    }
    [part='title'] {
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
      background: var(--_badge);
      color: var(--_on-accent);
    }
    [part~='award'] {
      background: var(--_award);
      color: var(--_on-award);
    }
    [part~='award']::before {
      content: '★ ';
    }
    [part='authors'] {
      margin: 0.35em 0 0;
      color: var(--_muted);
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
      color: var(--_link);
    }
    [part='abstract'] p {
      margin: 0.35em 0 0;
      white-space: pre-line;
    }
    .keywords {
      margin: 0.25em 0 0;
      font-size: 0.875em;
      color: var(--_muted);
    }
    [part='bibtex'] {
      margin: 0.5em 0 0;
      padding: 0.5em 0.75em;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      font-size: 0.85em;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      user-select: all;
    }
    mark {
      background: var(--_mark);
      color: var(--_on-mark);
      border-radius: 2px;
    }
    [part='no-results'] {
      color: var(--_muted);
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
  `];function xi(t,e,...s){const i=document.createElement(t);if(e)for(const t in e)i.setAttribute(t,e[t]);return i.append(...s),i}function _i(t,...e){const s=te(t);return xi("a",s?{href:t,rel:s}:{href:t},...e)}function Ai(t,e){return e.length?si(t,e).map(t=>t.mark?xi("mark",{part:"mark"},t.text):t.text):[t]}const Si=t=>void 0!==t&&/^(oral|spotlight)$/i.test(t),Ei=/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;function Ci(t,e){return!t.authors.some(t=>t.url||e.affiliations&&t.affiliations.length||Ei.test(t.name))}function Ti(t,e){const s=t=>Ai(t,e.terms);return Ci(t,e)?s(t.authors.map(t=>t.name).join(", ")):t.authors.flatMap((t,i)=>[...i?[", "]:[],xi("span",{class:"author",dir:"auto"},...t.url?[_i(t.url,...s(t.name))]:s(t.name),...e.affiliations&&t.affiliations.length?[" ",xi("span",{part:"affiliation"},"(",...s(t.affiliations.join("; ")),")")]:[])])}const Mi=new Map;function Ni(t,e,s){s.length?t.replaceChildren(...Ai(e,s)):t.firstChild.data=e}function Li(t,e){t.setAttribute("href",e);const s=te(e);s&&t.setAttribute("rel",s)}function Pi(t,e){const s=function(t,e){let s=Mi.get(e);if(!s){const i=Us.filter(([e])=>t[e]),r=[t.award?xi("span",{part:"badge award"},""):void 0,Si(t.type)?xi("span",null,""):void 0].filter(t=>void 0!==t);s=xi("article",{part:"paper"},xi("div",{part:"title",role:"heading"},t.pdf??t.url?xi("a",null,""):""),...r.length?[xi("div",{class:"badges"},...r)]:[],...t.authors.length?[xi("p",{part:"authors"},"")]:[],...t.keywords.length?[xi("p",{class:"keywords"},"")]:[],xi("div",{class:"actions"},...i.length?[xi("ul",{part:"links"},...i.map(([,t])=>xi("li",null,xi("a",null,t))))]:[],xi("button",{part:"bibtex-button",type:"button"},"BibTeX")),...t.abstract?[xi("details",{part:"abstract"},xi("summary",null,"Abstract"),xi("p",null,""))]:[]),Mi.set(e,s)}return s.cloneNode(!0)}(t,function(t){let e=0;const s=[!!(t.pdf??t.url),!!t.award,Si(t.type),t.authors.length>0,!!t.abstract,t.keywords.length>0,...Us.map(([e])=>!!t[e])];return s.forEach((t,s)=>e|=t?1<<s:0),e}(t));s.id=t.id;const i=`paper-list-title-${t.index}`;s.setAttribute("aria-labelledby",i);let r=s.firstElementChild;r.id=i,r.setAttribute("aria-level",String(e.level));const o=t.pdf??t.url;if(o&&Li(r.firstElementChild,o),Ni(r.firstElementChild??r,t.title,e.terms),r=r.nextElementSibling,"badges"===r.className){let e=r.firstElementChild;t.award&&(e.firstChild.data=t.award,e=e.nextElementSibling),e&&(e.setAttribute("part",`badge ${t.type.toLowerCase()}`),e.firstChild.data=t.type),r=r.nextElementSibling}t.authors.length&&(!e.terms.length&&Ci(t,e)?r.firstChild.data=t.authors.map(t=>t.name).join(", "):r.replaceChildren(...Ti(t,e)),r=r.nextElementSibling),t.keywords.length&&(Ni(r,t.keywords.join(" · "),e.terms),r=r.nextElementSibling);const n=r.firstElementChild;if("ul"===n.localName){let e=n.firstElementChild;for(const[s]of Us)t[s]&&(Li(e.firstElementChild,t[s]),e=e.nextElementSibling)}return r=r.nextElementSibling,t.abstract&&Ni(r.lastElementChild,t.abstract,e.terms),(void 0!==e.bibtex||e.copied)&&Ui(s,t,e),s}function Oi(t,e,s){t.querySelector('[part="authors"]')?.replaceChildren(...Ti(e,s))}function Ui(t,e,s){const i=t.querySelector('[part="bibtex-button"]'),r=s.copied?"BibTeX copied":"BibTeX";i.textContent!==r&&(i.textContent=r);const o=t.querySelector('[part="bibtex"]');void 0===s.bibtex?(i.removeAttribute("aria-expanded"),o?.remove()):(i.setAttribute("aria-expanded","true"),o||t.append(xi("pre",{part:"bibtex",tabindex:"0","aria-label":`BibTeX of ${e.title}`},s.bibtex)))}class zi{constructor(t,e){this.options=e,this.onPopState=()=>{this.options.enabled()&&this.read()},t.addController(this)}hostConnected(){this.options.enabled()&&this.read(),window.addEventListener("popstate",this.onPopState)}hostDisconnected(){window.removeEventListener("popstate",this.onPopState)}write(t,e="filter"){if(!this.options.enabled())return;this.lastWrite=e;const{filters:s,order:i}=this.options.current(),r=new URL(location.href);for(const t of["q",...pi])s[t]?r.searchParams.set(t,s[t]):r.searchParams.delete(t);i&&i!==this.options.defaultSort()?r.searchParams.set("sort",i):r.searchParams.delete("sort"),r.href!==location.href&&("push"===t?history.pushState(history.state,"",r):history.replaceState(history.state,"",r))}read(){const t=new URL(location.href).searchParams,e=e=>t.get(e)??"",s=e("sort");this.options.apply({filters:{q:e("q"),type:e("type"),award:e("award"),session:e("session"),keyword:e("keyword")},order:this.options.sorts.includes(s)?s:void 0}),this.lastWrite=void 0}}function Ri(t){const e=t.raw("authors");return null==e?[]:"string"==typeof e?function(t){const e=t.split(t.includes(";")?/\s*;\s*|\s+and\s+/i:/\s*,\s*|\s+and\s+/i),s=[];for(const t of e.map(t=>t.trim()).filter(Boolean))s.length&&/^(?:jr|sr|ii|iii|iv)\.?$/i.test(t)?s[s.length-1]+=`, ${t}`:s.push(t);return s}(e).map(t=>({name:t,affiliations:[]})):Array.isArray(e)?jt(e,`${t.path}.authors`,t.problems,(e,s)=>{if("string"==typeof e)return e.trim()?{name:e,affiliations:[]}:void 0;if("number"==typeof e&&Number.isFinite(e))return{name:String(e),affiliations:[]};const i=Rt(e,s,t.problems,"author");if(!i)return;const r=i.requiredText("name","author"),o={name:r??"",affiliations:i.textList("affiliation")??[],url:i.url("url")};return i.done(),void 0===r?void 0:o}):(t.warn("authors",`expected a list of names or { name, affiliation, url }, got ${Ot(e)}`),[])}function ji(t){return It(t,"papers",Ii())}function Ii(){const t=new Map;return(e,s,i,r)=>{const o=Rt(e,s,r,"paper");if(!o)return;const n=o.requiredText("title","paper"),a=o.text("id")?.trim()||void 0,l={id:"",givenId:void 0!==a,title:n??"",authors:Ri(o),abstract:(h=o.text("abstract"),h?.trim()?h:void 0),keywords:o.textList("keywords")??[],type:o.text("type")?.trim()||void 0,award:o.text("award")?.trim()||void 0,session:o.text("session")?.trim()||void 0,bibtex:o.text("bibtex")?.trim()||void 0,index:i};var h;for(const[t]of Us)l[t]=o.url(t);if(o.done(),void 0===n)return;let d=a??function(t,e){return[Is(t),Bs(e)].filter(Boolean).join("-")||"paper"}(l.authors[0]?.name,n);if(t.has(d)){let e=2;for(;t.has(`${d}-${e}`);)e++;const s=`${d}-${e}`;void 0!==a&&o.warn("id",`duplicate id "${d}" (also ${t.get(d)}); renamed to "${s}"`),d=s}return t.set(d,s),l.id=d,l}}const Bi={q:"",type:"",award:"",session:"",keyword:""},Di=Object.keys(gi);class qi extends lt{get dataComplete(){return this.data.complete}constructor(){super(),this.sort="given",this.headingLevel=3,this.syncUrl=!1,this.filters=Bi,this.showAffiliations=!1,this.message="",this.data=new Ft(this,{tag:"paper-list",name:"papers",value:()=>this.papers,src:()=>this.src,validate:ji,item:Ii,rendered:()=>!this.engine.pending()}),this.hays=new WeakMap,this.engine=new mi({paper:t=>(this.highlight.built(t.id),Pi(t,this.rowOptions(t))),groupLevel:()=>Math.max(1,this.level-1),hay:t=>this.hay(t)}),this.highlight=new $i(this,this.engine,(t,e,s)=>function(t,e,s,i){const r=t=>Ai(t,s.terms);if(i.text){const i=t.querySelector('[part="title"]');("a"===i.firstElementChild?.localName?i.firstElementChild:i).replaceChildren(...r(e.title)),Oi(t,e,s),t.querySelector(".keywords")?.replaceChildren(...r(e.keywords.join(" · ")))}i.abstract&&t.querySelector('[part="abstract"] > p')?.replaceChildren(...r(e.abstract??""))}(t,e,this.rowOptions(e),s)),this.url=new zi(this,{enabled:()=>this.syncUrl,current:()=>({filters:this.filters,order:this.order}),defaultSort:()=>this.sortOrder,apply:({filters:t,order:e})=>{this.filters=t,this.order=e},sorts:Di}),this.bibtex=new Zs(this,{all:()=>this.engine.view?.all??[],paper:t=>this.engine.paper(t),patch:t=>this.touch(t),announce:t=>this.message=t}),this.warnings=new Bt("paper-list"),this.phase="state",this.sortOrder="given",this.options=bi,this.affiliationsShown=!1,this.onBeforePrint=()=>{if(this.engine.view){this.engine.unlimit(),this.requestUpdate(),this.performUpdate();for(const t of this.engine.shown)this.highlight.refresh(t)}},this.onSearchInput=t=>{this.setFilters({...this.filters,q:t.target.value},"replace")},this.setFilter=(t,e)=>{this.setFilters({...this.filters,[t]:e},"push")},this.onSortChange=t=>{this.order=t.target.value,this.url.write("push")},this.onAffiliationsChange=t=>{this.showAffiliations=t.target.checked},this.clearFilters=()=>{this.setFilters(Bi,"push"),this.updateComplete.then(()=>this.renderRoot.querySelector('[part="search"]')?.focus())},this.onListClick=t=>{const e=t.composedPath()[0].closest?.('[part="bibtex-button"]'),s=e&&this.engine.paper(e.closest("article")?.id??"");s&&this.bibtex.click(s)},this.download=()=>this.bibtex.download(this.engine.shown),new Vt(this,t=>this.paperElement(t),t=>{const e=this.engine.paper(t);return e&&`papers[${e.index}].id`}),this.addEventListener("click",this.onListClick)}connectedCallback(){super.connectedCallback(),window.addEventListener("beforeprint",this.onBeforePrint),this.hasUpdated&&this.requestUpdate()}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener("beforeprint",this.onBeforePrint),this.cancelStep?.(),this.cancelIndex?.(),this.cancelStep=this.cancelIndex=this.indexing=void 0}toBibTeX(){return this.bibtex.file(this.engine.shown)}willUpdate(t){t.has("headingLevel")&&this.engine.reset(),this.sortOrder=function(t){const e=t?.toLowerCase();return e&&Di.includes(e)?e:"given"}(this.sort),this.grouping=function(t){const e=t?.toLowerCase();return"session"===e||"type"===e?e:void 0}(this.groupBy),this.data.sync();const e=this.data.state,s=this.order??this.sortOrder;if("ready"!==e.status||!e.data.length&&!e.partial?this.phase="state":!e.partial||"given"===s&&!this.grouping&&e.data.length?this.phase="list":this.phase="waiting","list"!==this.phase||"ready"!==e.status)return void this.engine.reset();const i=e.data;this.engine.setView(i,s,this.grouping)&&this.highlight.reset();const r=this.filters;if(this.engine.needsFilters(r)){const t=Qs(r.q);this.highlight.search(t,()=>this.engine.applyFilters(r,t))}this.engine.display(),e.partial?this.options=bi:this.optionsFor!==i&&(this.optionsFor=i,this.options=function(t){return{options:{type:["All types",hi(t,t=>t.type)],award:["All papers",hi(t,t=>t.award)],session:["All sessions",hi(t,t=>t.session)],keyword:["All keywords",yi(t)]},affiliations:t.some(t=>t.authors.some(t=>t.affiliations.length))}}(i))}render(){const t=this.data.state;if("state"===this.phase)return Yt("paper-list",t,{loading:"Loading papers…",empty:"No papers yet."})??this.renderEmpty();if("waiting"===this.phase||"ready"!==t.status)return H`<div part="loading" role="status">Loading papers…</div>`;const e=t.data,s=t.partial||this.engine.pending(),i=this.engine.shown.length,r=this.order??this.sortOrder,o=[e,this.filters,r,this.showAffiliations,i,t.partial,this.options];return H`${e.length>1?Os(o,()=>function(t){const e=t.filters,{options:s,affiliations:i}=t.options;return H`<div part="controls" role="search">
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
    ${pi.filter(t=>s[t][1].length>0).map(i=>H`<label class="field">
          <span>${vi[i]}</span>
          <!-- .selected, not ?selected: the attribute stops selecting once the visitor has used the menu, and
               Back must show the filter it brings back. -->
          <select part="filter" name=${i} @change=${e=>t.onFilter(i,e.target.value)}>
            <option value="" .selected=${Xs(!e[i])}>${s[i][0]}</option>
            ${s[i][1].map(t=>H`<option .value=${t} .selected=${Xs(e[i]===t)}>${t}</option>`)}
          </select>
        </label>`)}
    <label class="field">
      <span>Sort by</span>
      <select part="filter" name="sort" @change=${t.onSort}>
        ${Object.entries(gi).map(([e,s])=>H`<option value=${e} .selected=${Xs(t.sort===e)}>${s}</option>`)}
      </select>
    </label>
    ${i?H`<label class="check">
            <input type="checkbox" .checked=${t.showAffiliations} @change=${t.onAffiliations} />
            Show affiliations
          </label>`:W}
    <button part="download" type="button" ?disabled=${0===t.count} @click=${t.onDownload}>Download .bib</button>
    <p part="status" role="status">
      ${t.partial?"Loading papers…":t.count===t.total?`${wi(t.total)} papers`:`${wi(t.count)} of ${wi(t.total)} papers`}
    </p>
  </div>`}({total:e.length,count:i,partial:t.partial,filters:this.filters,sort:r,showAffiliations:this.showAffiliations,options:this.options,onSearchInput:this.onSearchInput,onFilter:this.setFilter,onSort:this.onSortChange,onAffiliations:this.onAffiliationsChange,onDownload:this.download})):W}
      <div part="list" aria-busy=${s?"true":"false"}></div>
      ${0!==i||t.partial?W:this.renderNoResults()}
      <span class="visually-hidden" aria-live="polite">${this.message}</span>`}renderEmpty(){return H`<p part="empty">No papers yet.</p>`}renderNoResults(){const t=this.filters,e=t.q?`match “${t.q}”`:"match these filters";return H`<p part="no-results">
      No papers ${e}.
      <button type="button" @click=${this.clearFilters}>Clear search and filters</button>
    </p>`}updated(t){if(t.has("sort")&&null!=this.sort&&this.sortOrder!==this.sort.toLowerCase()&&this.warnings.warn("sort",`sort "${this.sort}" is not one of ${Di.join(", ")}; the given order is used`),t.has("groupBy")&&this.groupBy&&!this.grouping&&this.warnings.warn("group-by",`group-by "${this.groupBy}" is not session or type; papers are not grouped`),"list"!==this.phase)return;const e=this.engine.view;if(this.affiliationsShown!==this.showAffiliations){this.affiliationsShown=this.showAffiliations;for(const[t,e]of this.engine.builtPapers())t.authors.some(t=>t.affiliations.length)&&Oi(e,t,this.rowOptions(t))}const s=this.shadowRoot.querySelector('[part="list"]');if(s&&this.engine.sync(s),this.highlight.flush(),this.engine.endStep(),this.engine.pending())this.cancelStep??=St(()=>{this.cancelStep=void 0,this.engine.pending()&&(this.engine.startStep(),this.requestUpdate())});else if(this.indexing!==e.all&&("ready"!==this.data.state.status||!this.data.state.partial)){const t=e.all;this.indexing=t,this.cancelIndex=St(()=>this.buildIndex(t))}}get level(){return Math.min(6,Math.max(2,Math.round(this.headingLevel)||3))}hay(t){let e=this.hays.get(t);return void 0===e&&this.hays.set(t,e=function(t){return Ys([t.title,...t.authors.map(t=>`${t.name} ${t.affiliations.join(" ")}`),t.abstract??"",t.keywords.join(" ")].join("\n"))}(t)),e}buildIndex(t,e=0){const s=performance.now()+10;let i=e;for(;i<t.length&&performance.now()<s;i++)this.hay(t[i]);i<t.length&&this.indexing===t&&(this.cancelIndex=St(()=>this.buildIndex(t,i)))}rowOptions(t){return{level:this.level,terms:this.highlight.termsFor(t.id),affiliations:this.showAffiliations,...this.bibtex.state(t)}}paperElement(t){const e=this.shadowRoot?.getElementById(t);if(e&&!e.closest("[hidden]"))return e;const s=this.engine.view?.position.get(t);return void 0===s||(this.engine.reach(s),queueMicrotask(()=>{this.engine.matches(s)||this.setFilters(Bi,"replace"),this.requestUpdate()})),null}setFilters(t,e){const s=""!==this.filters.q||""!==t.q;this.filters=t,this.message="",this.url.write("replace"===e&&s&&"q"===this.url.lastWrite?"replace":"push","replace"===e?"q":"filter")}touch(t){const e=this.shadowRoot.getElementById(t.id);e&&Ui(e,t,this.rowOptions(t))}}qi.styles=ki,t([pt({type:Array,converter:qt("papers")})],qi.prototype,"papers",void 0),t([pt()],qi.prototype,"src",void 0),t([pt()],qi.prototype,"venue",void 0),t([pt()],qi.prototype,"year",void 0),t([pt({attribute:"group-by"})],qi.prototype,"groupBy",void 0),t([pt()],qi.prototype,"sort",void 0),t([pt({attribute:"heading-level",type:Number})],qi.prototype,"headingLevel",void 0),t([pt({attribute:"sync-url",type:Boolean})],qi.prototype,"syncUrl",void 0),t([ut()],qi.prototype,"filters",void 0),t([ut()],qi.prototype,"order",void 0),t([ut()],qi.prototype,"showAffiliations",void 0),t([ut()],qi.prototype,"message",void 0),customElements.get("paper-list")||customElements.define("paper-list",qi);const Fi=as(class extends ls{constructor(t){if(super(t),t.type!==rs||"class"!==t.name||t.strings?.length>2)throw Error("`classMap()` can only be used in the `class` attribute and must be the only part in the attribute.")}render(t){return" "+Object.keys(t).filter(e=>t[e]).join(" ")+" "}update(t,[e]){if(void 0===this.st){this.st=new Set,void 0!==t.strings&&(this.nt=new Set(t.strings.join(" ").split(/\s/).filter(t=>""!==t)));for(const t in e)e[t]&&!this.nt?.has(t)&&this.st.add(t);return this.render(e)}const s=t.element.classList;for(const t of this.st)t in e||(s.remove(t),this.st.delete(t));for(const t in e){const i=!!e[t];i===this.st.has(t)||this.nt?.has(t)||(i?(s.add(t),this.st.add(t)):(s.remove(t),this.st.delete(t)))}return J}});const Hi=n(2.4),Ji=n(1.5),Wi=[ts,a`
    :host {
      /* The public custom properties, with their defaults; set them on the element or any ancestor.
         Sizes in em, not rem: Bootstrap 3 sets html { font-size: 10px }, which would shrink rem sizes by a third. */
      --_ss-logo-height: var(--sponsor-strip-logo-height, 4.5em);
      --_ss-tier-1-height: var(--sponsor-strip-tier-1-height, 6em);
      --_ss-tier-2-height: var(--sponsor-strip-tier-2-height, 4.5em);
      --_ss-tier-3-height: var(--sponsor-strip-tier-3-height, 3.5em);
      --_ss-tier-4-height: var(--sponsor-strip-tier-4-height, 2.75em);
      --_ss-gap: var(--sponsor-strip-gap, 0.75em 1.25em);
      --_ss-align: var(--sponsor-strip-align, center);
      --_ss-padding: var(--sponsor-strip-padding, 0.5em);
      --_ss-name-color: var(--sponsor-strip-name-color, currentColor);
      --_ss-name-weight: var(--sponsor-strip-name-weight, 650);
      --_ss-heading-color: var(--sponsor-strip-heading-color, var(--_muted));
      --_ss-plate-color: var(--sponsor-strip-plate-color, #ffffff);
      --_ss-plate-text-color: var(--sponsor-strip-plate-text-color, #1f1f1f);
      --_ss-plate-radius: var(--sponsor-strip-plate-radius, var(--_radius));
      --_ss-monochrome-opacity: var(--sponsor-strip-monochrome-opacity, 0.8);
      --_ss-transition: var(--sponsor-strip-transition, 0.2s ease);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    [part~='tiers'] {
      display: grid;
      gap: calc(var(--_gap) * 1.25);
    }
    [part~='tier-heading'] {
      margin: 0 0 0.5em;
      text-align: var(--_ss-align);
      color: var(--_ss-heading-color);
      font-size: 0.85em;
      font-weight: 600;
      letter-spacing: 0.08em;
      text-transform: uppercase;
    }
    [part~='list'] {
      display: flex;
      flex-wrap: wrap;
      justify-content: var(--_ss-align);
      align-items: flex-start;
      gap: var(--_ss-gap);
    }
    /* --_h: the height a square logo gets in this group (the tier height H of balance.ts). */
    .size-0 {
      --_h: var(--_ss-logo-height);
    }
    .size-1 {
      --_h: var(--_ss-tier-1-height);
    }
    .size-2 {
      --_h: var(--_ss-tier-2-height);
    }
    .size-3 {
      --_h: var(--_ss-tier-3-height);
    }
    .size-4 {
      --_h: var(--_ss-tier-4-height);
    }
    [part~='sponsor'] {
      display: flex;
      flex-direction: column;
      align-items: center;
      width: calc(var(--_h) * ${Hi} + 2 * var(--_ss-padding));
      max-width: 100%;
      break-inside: avoid;
    }
    [part~='link'] {
      display: block;
      max-width: 100%;
      text-decoration: none;
      border-radius: var(--_ss-plate-radius);
    }
    /* Every slot of a tier is the same size whatever its logo, so a logo that loads late moves nothing. */
    [part~='frame'] {
      display: flex;
      align-items: center;
      justify-content: center;
      width: calc(var(--_h) * ${Hi} + 2 * var(--_ss-padding));
      max-width: 100%;
      min-height: calc(var(--_h) * ${Ji} + 2 * var(--_ss-padding));
      padding: var(--_ss-padding);
      border-radius: var(--_ss-plate-radius);
    }
    [part~='logo'] {
      display: block;
      width: 100%;
      height: calc(var(--_h) * ${Ji});
      max-width: 100%;
      object-fit: contain;
    }
    /* Sized from the logo's natural dimensions once it has loaded (balance.ts). */
    [part~='logo'].sized {
      width: calc(var(--_h) * var(--_w));
      height: calc(var(--_h) * var(--_s));
    }
    [part~='name'] {
      color: var(--_ss-name-color);
      font-weight: var(--_ss-name-weight);
      font-size: max(0.95em, calc(var(--_h) * 0.28));
      line-height: 1.15;
      text-align: center;
      overflow-wrap: anywhere;
      min-width: 0;
    }
    [part~='name'].long {
      font-size: max(0.8em, calc(var(--_h) * 0.2));
    }
    [part~='name'].longer {
      font-size: max(0.7em, calc(var(--_h) * 0.16));
    }
    [part~='link']:hover [part~='name'] {
      text-decoration: underline;
      text-decoration-thickness: 2px;
      text-underline-offset: 0.15em;
    }
    [part~='description'] {
      margin-top: 0.25em;
      max-width: 100%;
      color: var(--_muted);
      font-size: 0.875em;
      text-align: center;
      overflow-wrap: anywhere;
    }
    .plate [part~='frame'] {
      background: var(--_ss-plate-color);
      color: var(--_ss-plate-text-color);
    }
    .plate [part~='name'] {
      color: var(--_ss-plate-text-color);
    }
    .monochrome [part~='logo'] {
      filter: grayscale(1);
      opacity: var(--_ss-monochrome-opacity);
      transition:
        filter var(--_ss-transition),
        opacity var(--_ss-transition);
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
  `],Vi=t=>t.trim().toLowerCase();function Zi(t){return It(t,"sponsors",(t,e,s,i)=>{const r=Rt(t,e,i,"sponsor");if(!r)return;const o=r.requiredText("name","sponsor"),n=i.length,a=r.url("logo","image");i.length>n&&(i[n].message+=" (the name is shown instead)");const l=r.url("url"),h=r.text("tier")?.trim();""===h&&r.warn("tier","empty, shown with the sponsors without a tier");const d=r.text("description")?.trim()||void 0;return r.done(),void 0!==o?{name:o,logo:a,url:l,tier:h||void 0,description:d,index:s}:void 0})}const Ki={fromAttribute(t){if(null!==t){if(!t.trim().startsWith("["))return t;try{return JSON.parse(t)}catch(t){return new Dt("tiers",t.message)}}}};class Xi extends lt{constructor(){super(...arguments),this.label="Sponsors",this.tierHeading="{tier}",this.untieredHeading="Supporters",this.headingLevel=3,this.monochrome=!1,this.plate=!1,this.logoSizes=new Map,this.brokenLogos=new Set,this.data=new Ft(this,{tag:"sponsor-strip",name:"sponsors",value:()=>this.sponsors,src:()=>this.src,validate:Zi}),this.warnings=new Bt("sponsor-strip"),this.tierProblems=[]}get dataComplete(){return this.data.complete}willUpdate(t){if(t.has("tiers")){const{tiers:t,problems:e}=function(t){const e=[];if(null==t)return{problems:e};if(t instanceof Dt)return e.push({path:"tiers",message:`not valid JSON: ${t.message} (tiers in order of first appearance)`}),{problems:e};if("string"==typeof t&&(t=t.split(",")),!Array.isArray(t))return e.push({path:"tiers",message:`expected a list of tier names, got ${Ot(t)} (ignored)`}),{problems:e};const s=[],i=new Set;return t.forEach((t,r)=>{if("string"!=typeof t&&("number"!=typeof t||!Number.isFinite(t)))return void e.push({path:`tiers[${r}]`,message:`expected a tier name, got ${Ot(t)} (ignored)`});const o=String(t).trim();""===o||i.has(Vi(o))||(i.add(Vi(o)),s.push(o))}),{tiers:s,problems:e}}(this.tiers);this.tierOrder=t,this.tierProblems=e}this.data.sync();const e=this.data.state;"ready"===e.status&&this.arrange(e.data)}updated(t){t.has("tiers")&&this.warnings.problems('the "tiers" attribute',this.tierProblems);const e=this.arranged?.result;e&&e!==this.reported&&(this.reported=e,this.warnings.problems("the sponsors' tiers",e.problems))}render(){const t=this.data.state;if("ready"!==t.status)return Yt("sponsor-strip",t,Gi);const{groups:e}=this.arrange(t.data);if(0===e.length)return Yt("sponsor-strip",{status:"empty"},Gi);const s=Fi({monochrome:this.monochrome,plate:this.plate});return 1===e.length&&0===e[0].size?H`<div part="strip" class=${s}>
        <ul part="list" class="size-0" aria-label=${this.label}>
          ${e[0].sponsors.map(t=>this.renderSponsor(t))}
        </ul>
      </div>`:H`<div part="strip" class=${s}>
      <ul part="tiers" aria-label=${this.label}>
        ${e.map((t,e)=>this.renderTier(t,e))}
      </ul>
    </div>`}renderTier(t,e){const s=Math.min(t.size,4),i=void 0===t.tier?this.untieredHeading:this.tierHeading.split("{tier}").join(t.tier);return H`<li part="tier tier-${s}${void 0===t.tier?" untiered":""}" class="size-${s}">
      <div part="tier-heading" role="heading" aria-level=${this.level} id="tier-${e}">${i}</div>
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
              style=${cs(s?{"--_w":String(s.width),"--_s":String(s.height)}:{})}
              @load=${this.onLogoLoad}
              @error=${this.onLogoError}
            />`:H`<span part="name" class=${r=t.name,r.length>48?"long longer":r.length>24?"long":W}>${t.name}</span>`}
    </span>`;var r;return H`<li part="sponsor">
      ${t.url?ee(t.url,i,"link"):i}
      ${t.description?H`<span part="description">${t.description}</span>`:W}
    </li>`}onLogoLoad(t){const e=t.target,s=e.getAttribute("src");this.logoSizes.set(s,function(t,e){const s=t>0&&e>0?t/e:1,i=Math.min(1/Math.sqrt(s),1.5,2.4/s);return{width:i*s,height:i}}(e.naturalWidth,e.naturalHeight)),this.requestUpdate()}onLogoError(t){this.brokenLogos.add(t.target.getAttribute("src")),this.requestUpdate()}arrange(t){if(this.arranged?.data!==t||this.arranged.tierOrder!==this.tierOrder){const e=function(t,e){const s=[],i=new Map;e?.forEach((t,e)=>i.set(Vi(t),{tier:t,size:e+1,sponsors:[]}));const r=new Set(e?.map(Vi)),o=e?.length?e.map(t=>JSON.stringify(t)).join(", "):"no tiers",n=[];for(const a of t){if(void 0===a.tier){n.push(a);continue}const t=Vi(a.tier);let l=i.get(t);l||i.set(t,l={tier:a.tier,size:i.size+1,sponsors:[]}),e&&!r.has(t)&&s.push({path:`sponsors[${a.index}].tier`,message:`unknown tier ${JSON.stringify(a.tier)} ("tiers" lists ${o}); shown after the listed tiers`}),l.sponsors.push(a)}const a=[...i.values()].filter(t=>t.sponsors.length>0);return 0===a.length?{groups:n.length?[{size:0,sponsors:n}]:[],problems:s}:(n.length&&a.push({size:Math.max(4,i.size+1),sponsors:n}),{groups:a,problems:s})}(t,this.tierOrder);this.arranged={data:t,tierOrder:this.tierOrder,result:e}}return this.arranged.result}get level(){return Math.min(6,Math.max(1,Math.round(this.headingLevel)||3))}}Xi.styles=Wi,t([pt({type:Array,converter:qt("sponsors")})],Xi.prototype,"sponsors",void 0),t([pt()],Xi.prototype,"src",void 0),t([pt({converter:Ki})],Xi.prototype,"tiers",void 0),t([pt()],Xi.prototype,"label",void 0),t([pt({attribute:"tier-heading"})],Xi.prototype,"tierHeading",void 0),t([pt({attribute:"untiered-heading"})],Xi.prototype,"untieredHeading",void 0),t([pt({attribute:"heading-level",type:Number})],Xi.prototype,"headingLevel",void 0),t([pt({type:Boolean})],Xi.prototype,"monochrome",void 0),t([pt({type:Boolean})],Xi.prototype,"plate",void 0);const Gi={loading:"Loading sponsors…",empty:"No sponsors yet."};customElements.get("sponsor-strip")||customElements.define("sponsor-strip",Xi);export{qi as PaperList,Cs as SpeakerCard,Xi as SponsorStrip,is as WorkshopSchedule};
//# sourceMappingURL=workshop-elements.js.map
