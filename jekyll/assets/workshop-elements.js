function t(t,e,s,r){var i,o=arguments.length,n=o<3?e:null===r?r=Object.getOwnPropertyDescriptor(e,s):r;if("object"==typeof Reflect&&"function"==typeof Reflect.decorate)n=Reflect.decorate(t,e,s,r);else for(var a=t.length-1;a>=0;a--)(i=t[a])&&(n=(o<3?i(n):o>3?i(e,s,n):i(e,s))||n);return o>3&&n&&Object.defineProperty(e,s,n),n}"function"==typeof SuppressedError&&SuppressedError;const e=globalThis,s=e.ShadowRoot&&(void 0===e.ShadyCSS||e.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,r=Symbol(),i=new WeakMap;let o=class{constructor(t,e,s){if(this._$cssResult$=!0,s!==r)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o;const e=this.t;if(s&&void 0===t){const s=void 0!==e&&1===e.length;s&&(t=i.get(e)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),s&&i.set(e,t))}return t}toString(){return this.cssText}};const n=t=>new o("string"==typeof t?t:t+"",void 0,r),a=(t,...e)=>{const s=1===t.length?t[0]:e.reduce((e,s,r)=>e+(t=>{if(!0===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+t[r+1],t[0]);return new o(s,t,r)},l=s?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return n(e)})(t):t,{is:h,defineProperty:d,getOwnPropertyDescriptor:c,getOwnPropertyNames:p,getOwnPropertySymbols:u,getPrototypeOf:m}=Object,g=globalThis,f=g.trustedTypes,w=f?f.emptyScript:"",v=g.reactiveElementPolyfillSupport,b=(t,e)=>t,y={toAttribute(t,e){switch(e){case Boolean:t=t?w:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t)}return t},fromAttribute(t,e){let s=t;switch(e){case Boolean:s=null!==t;break;case Number:s=null===t?null:Number(t);break;case Object:case Array:try{s=JSON.parse(t)}catch(t){s=null}}return s}},$=(t,e)=>!h(t,e),k={attribute:!0,type:String,converter:y,reflect:!1,useDefault:!1,hasChanged:$};Symbol.metadata??=Symbol("metadata"),g.litPropertyMetadata??=new WeakMap;let x=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=k){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){const s=Symbol(),r=this.getPropertyDescriptor(t,s,e);void 0!==r&&d(this.prototype,t,r)}}static getPropertyDescriptor(t,e,s){const{get:r,set:i}=c(this.prototype,t)??{get(){return this[e]},set(t){this[e]=t}};return{get:r,set(e){const o=r?.call(this);i?.call(this,e),this.requestUpdate(t,o,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??k}static _$Ei(){if(this.hasOwnProperty(b("elementProperties")))return;const t=m(this);t.finalize(),void 0!==t.l&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(b("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(b("properties"))){const t=this.properties,e=[...p(t),...u(t)];for(const s of e)this.createProperty(s,t[s])}const t=this[Symbol.metadata];if(null!==t){const e=litPropertyMetadata.get(t);if(void 0!==e)for(const[t,s]of e)this.elementProperties.set(t,s)}this._$Eh=new Map;for(const[t,e]of this.elementProperties){const s=this._$Eu(t,e);void 0!==s&&this._$Eh.set(s,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){const e=[];if(Array.isArray(t)){const s=new Set(t.flat(1/0).reverse());for(const t of s)e.unshift(l(t))}else void 0!==t&&e.push(l(t));return e}static _$Eu(t,e){const s=e.attribute;return!1===s?void 0:"string"==typeof s?s:"string"==typeof t?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),void 0!==this.renderRoot&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){const t=new Map,e=this.constructor.elementProperties;for(const s of e.keys())this.hasOwnProperty(s)&&(t.set(s,this[s]),delete this[s]);t.size>0&&(this._$Ep=t)}createRenderRoot(){const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((t,r)=>{if(s)t.adoptedStyleSheets=r.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const s of r){const r=document.createElement("style"),i=e.litNonce;void 0!==i&&r.setAttribute("nonce",i),r.textContent=s.cssText,t.appendChild(r)}})(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,s){this._$AK(t,s)}_$ET(t,e){const s=this.constructor.elementProperties.get(t),r=this.constructor._$Eu(t,s);if(void 0!==r&&!0===s.reflect){const i=(void 0!==s.converter?.toAttribute?s.converter:y).toAttribute(e,s.type);this._$Em=t,null==i?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(t,e){const s=this.constructor,r=s._$Eh.get(t);if(void 0!==r&&this._$Em!==r){const t=s.getPropertyOptions(r),i="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:y;this._$Em=r;const o=i.fromAttribute(e,t.type);this[r]=o??this._$Ej?.get(r)??o,this._$Em=null}}requestUpdate(t,e,s,r=!1,i){if(void 0!==t){const o=this.constructor;if(!1===r&&(i=this[t]),s??=o.getPropertyOptions(t),!((s.hasChanged??$)(i,e)||s.useDefault&&s.reflect&&i===this._$Ej?.get(t)&&!this.hasAttribute(o._$Eu(t,s))))return;this.C(t,e,s)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(t,e,{useDefault:s,reflect:r,wrapped:i},o){s&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,o??e??this[t]),!0!==i||void 0!==o)||(this._$AL.has(t)||(this.hasUpdated||s||(e=void 0),this._$AL.set(t,e)),!0===r&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}const t=this.scheduleUpdate();return null!=t&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[t,e]of this._$Ep)this[t]=e;this._$Ep=void 0}const t=this.constructor.elementProperties;if(t.size>0)for(const[e,s]of t){const{wrapped:t}=s,r=this[e];!0!==t||this._$AL.has(e)||void 0===r||this.C(e,void 0,s,r)}}let t=!1;const e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(e){throw t=!1,this._$EM(),e}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(t){}firstUpdated(t){}};x.elementStyles=[],x.shadowRootOptions={mode:"open"},x[b("elementProperties")]=new Map,x[b("finalized")]=new Map,v?.({ReactiveElement:x}),(g.reactiveElementVersions??=[]).push("2.1.2");const _=globalThis,A=t=>t,S=_.trustedTypes,C=S?S.createPolicy("lit-html",{createHTML:t=>t}):void 0,E="$lit$",T=`lit$${Math.random().toFixed(9).slice(2)}$`,M="?"+T,L=`<${M}>`,N=document,P=()=>N.createComment(""),O=t=>null===t||"object"!=typeof t&&"function"!=typeof t,U=Array.isArray,z="[ \t\n\f\r]",R=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,j=/-->/g,I=/>/g,B=RegExp(`>|${z}(?:([^\\s"'>=/]+)(${z}*=${z}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),D=/'/g,q=/"/g,F=/^(?:script|style|textarea|title)$/i,H=(t=>(e,...s)=>({_$litType$:t,strings:e,values:s}))(1),J=Symbol.for("lit-noChange"),W=Symbol.for("lit-nothing"),V=new WeakMap,Z=N.createTreeWalker(N,129);function K(t,e){if(!U(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==C?C.createHTML(e):e}const X=(t,e)=>{const s=t.length-1,r=[];let i,o=2===e?"<svg>":3===e?"<math>":"",n=R;for(let e=0;e<s;e++){const s=t[e];let a,l,h=-1,d=0;for(;d<s.length&&(n.lastIndex=d,l=n.exec(s),null!==l);)d=n.lastIndex,n===R?"!--"===l[1]?n=j:void 0!==l[1]?n=I:void 0!==l[2]?(F.test(l[2])&&(i=RegExp("</"+l[2],"g")),n=B):void 0!==l[3]&&(n=B):n===B?">"===l[0]?(n=i??R,h=-1):void 0===l[1]?h=-2:(h=n.lastIndex-l[2].length,a=l[1],n=void 0===l[3]?B:'"'===l[3]?q:D):n===q||n===D?n=B:n===j||n===I?n=R:(n=B,i=void 0);const c=n===B&&t[e+1].startsWith("/>")?" ":"";o+=n===R?s+L:h>=0?(r.push(a),s.slice(0,h)+E+s.slice(h)+T+c):s+T+(-2===h?e:c)}return[K(t,o+(t[s]||"<?>")+(2===e?"</svg>":3===e?"</math>":"")),r]};class G{constructor({strings:t,_$litType$:e},s){let r;this.parts=[];let i=0,o=0;const n=t.length-1,a=this.parts,[l,h]=X(t,e);if(this.el=G.createElement(l,s),Z.currentNode=this.el.content,2===e||3===e){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}for(;null!==(r=Z.nextNode())&&a.length<n;){if(1===r.nodeType){if(r.hasAttributes())for(const t of r.getAttributeNames())if(t.endsWith(E)){const e=h[o++],s=r.getAttribute(t).split(T),n=/([.?@])?(.*)/.exec(e);a.push({type:1,index:i,name:n[2],strings:s,ctor:"."===n[1]?st:"?"===n[1]?rt:"@"===n[1]?it:et}),r.removeAttribute(t)}else t.startsWith(T)&&(a.push({type:6,index:i}),r.removeAttribute(t));if(F.test(r.tagName)){const t=r.textContent.split(T),e=t.length-1;if(e>0){r.textContent=S?S.emptyScript:"";for(let s=0;s<e;s++)r.append(t[s],P()),Z.nextNode(),a.push({type:2,index:++i});r.append(t[e],P())}}}else if(8===r.nodeType)if(r.data===M)a.push({type:2,index:i});else{let t=-1;for(;-1!==(t=r.data.indexOf(T,t+1));)a.push({type:7,index:i}),t+=T.length-1}i++}}static createElement(t,e){const s=N.createElement("template");return s.innerHTML=t,s}}function Y(t,e,s=t,r){if(e===J)return e;let i=void 0!==r?s._$Co?.[r]:s._$Cl;const o=O(e)?void 0:e._$litDirective$;return i?.constructor!==o&&(i?._$AO?.(!1),void 0===o?i=void 0:(i=new o(t),i._$AT(t,s,r)),void 0!==r?(s._$Co??=[])[r]=i:s._$Cl=i),void 0!==i&&(e=Y(t,i._$AS(t,e.values),i,r)),e}class Q{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){const{el:{content:e},parts:s}=this._$AD,r=(t?.creationScope??N).importNode(e,!0);Z.currentNode=r;let i=Z.nextNode(),o=0,n=0,a=s[0];for(;void 0!==a;){if(o===a.index){let e;2===a.type?e=new tt(i,i.nextSibling,this,t):1===a.type?e=new a.ctor(i,a.name,a.strings,this,t):6===a.type&&(e=new ot(i,this,t)),this._$AV.push(e),a=s[++n]}o!==a?.index&&(i=Z.nextNode(),o++)}return Z.currentNode=N,r}p(t){let e=0;for(const s of this._$AV)void 0!==s&&(void 0!==s.strings?(s._$AI(t,s,e),e+=s.strings.length-2):s._$AI(t[e])),e++}}class tt{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,s,r){this.type=2,this._$AH=W,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=s,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode;const e=this._$AM;return void 0!==e&&11===t?.nodeType&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=Y(this,t,e),O(t)?t===W||null==t||""===t?(this._$AH!==W&&this._$AR(),this._$AH=W):t!==this._$AH&&t!==J&&this._(t):void 0!==t._$litType$?this.$(t):void 0!==t.nodeType?this.T(t):(t=>U(t)||"function"==typeof t?.[Symbol.iterator])(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==W&&O(this._$AH)?this._$AA.nextSibling.data=t:this.T(N.createTextNode(t)),this._$AH=t}$(t){const{values:e,_$litType$:s}=t,r="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=G.createElement(K(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===r)this._$AH.p(e);else{const t=new Q(r,this),s=t.u(this.options);t.p(e),this.T(s),this._$AH=t}}_$AC(t){let e=V.get(t.strings);return void 0===e&&V.set(t.strings,e=new G(t)),e}k(t){U(this._$AH)||(this._$AH=[],this._$AR());const e=this._$AH;let s,r=0;for(const i of t)r===e.length?e.push(s=new tt(this.O(P()),this.O(P()),this,this.options)):s=e[r],s._$AI(i),r++;r<e.length&&(this._$AR(s&&s._$AB.nextSibling,r),e.length=r)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){const e=A(t).nextSibling;A(t).remove(),t=e}}setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}}class et{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,s,r,i){this.type=1,this._$AH=W,this._$AN=void 0,this.element=t,this.name=e,this._$AM=r,this.options=i,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=W}_$AI(t,e=this,s,r){const i=this.strings;let o=!1;if(void 0===i)t=Y(this,t,e,0),o=!O(t)||t!==this._$AH&&t!==J,o&&(this._$AH=t);else{const r=t;let n,a;for(t=i[0],n=0;n<i.length-1;n++)a=Y(this,r[s+n],e,n),a===J&&(a=this._$AH[n]),o||=!O(a)||a!==this._$AH[n],a===W?t=W:t!==W&&(t+=(a??"")+i[n+1]),this._$AH[n]=a}o&&!r&&this.j(t)}j(t){t===W?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}}class st extends et{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===W?void 0:t}}class rt extends et{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==W)}}class it extends et{constructor(t,e,s,r,i){super(t,e,s,r,i),this.type=5}_$AI(t,e=this){if((t=Y(this,t,e,0)??W)===J)return;const s=this._$AH,r=t===W&&s!==W||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,i=t!==W&&(s===W||r);r&&this.element.removeEventListener(this.name,this,s),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}}class ot{constructor(t,e,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){Y(this,t)}}const nt=_.litHtmlPolyfillSupport;nt?.(G,tt),(_.litHtmlVersions??=[]).push("3.3.3");const at=globalThis;let lt=class extends x{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){const e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=((t,e,s)=>{const r=s?.renderBefore??e;let i=r._$litPart$;if(void 0===i){const t=s?.renderBefore??null;r._$litPart$=i=new tt(e.insertBefore(P(),t),t,void 0,s??{})}return i._$AI(t),i})(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return J}};lt._$litElement$=!0,lt.finalized=!0,at.litElementHydrateSupport?.({LitElement:lt});const ht=at.litElementPolyfillSupport;ht?.({LitElement:lt}),(at.litElementVersions??=[]).push("4.2.2");const dt={attribute:!0,type:String,converter:y,reflect:!1,hasChanged:$},ct=(t=dt,e,s)=>{const{kind:r,metadata:i}=s;let o=globalThis.litPropertyMetadata.get(i);if(void 0===o&&globalThis.litPropertyMetadata.set(i,o=new Map),"setter"===r&&((t=Object.create(t)).wrapped=!0),o.set(s.name,t),"accessor"===r){const{name:r}=s;return{set(s){const i=e.get.call(this);e.set.call(this,s),this.requestUpdate(r,i,t,!0,s)},init(e){return void 0!==e&&this.C(r,void 0,t,e),e}}}if("setter"===r){const{name:r}=s;return function(s){const i=this[r];e.call(this,s),this.requestUpdate(r,i,t,!0,s)}}throw Error("Unsupported decorator location: "+r)};function pt(t){return(e,s)=>"object"==typeof s?ct(t,e,s):((t,e,s)=>{const r=e.hasOwnProperty(s);return e.constructor.createProperty(s,t),r?Object.getOwnPropertyDescriptor(e,s):void 0})(t,e,s)}function ut(t){return pt({...t,state:!0,attribute:!1})}class mt extends CustomEvent{constructor(t){super("we-error",{bubbles:!0,composed:!0,detail:t})}}class gt extends Event{constructor(){super("we-load",{bubbles:!0,composed:!0})}}class ft extends Error{}const wt=0,vt=1,bt=2,yt=3,$t=4,kt=5,xt=t=>32===t||10===t||13===t||9===t,_t=/["\\]/g;class At{constructor(){this.mode=wt,this.carry="",this.depth=0,this.inString=!1,this.escaped=!1,this.bare=!1,this.afterComma=!1,this.whole=[],this.offset=0,this.count=0}get notList(){return this.mode===kt}push(t){const e=[];if(this.mode===kt)return this.whole.push(t),e;let s=this.mode===bt?0:-1,r=0;const i=t.length,o=t=>{throw new ft(`${t} at position ${this.offset+r}`)},n=r=>{const i=this.carry+t.slice(s,r);this.carry="";try{e.push(JSON.parse(i))}catch(t){throw new ft(`${t.message} (in item ${this.count} of the list)`)}this.count++,this.mode=yt,s=-1};for(;r<i;){if(this.mode===bt){if(this.inString){if(this.escaped){this.escaped=!1,r++;continue}_t.lastIndex=r;const e=_t.exec(t);if(!e){r=i;break}if(r=e.index+1,"\\"===e[0]){r<i?r++:this.escaped=!0;continue}this.inString=!1,0===this.depth&&n(r);continue}const e=t.charCodeAt(r);if(this.bare){if(44===e||93===e||xt(e)){this.bare=!1,n(r);continue}r++;continue}r++,34===e?this.inString=!0:123===e||91===e?this.depth++:125!==e&&93!==e||0!==--this.depth||n(r);continue}const a=t.charCodeAt(r);if(xt(a))r++;else switch(this.mode){case wt:if(91!==a)return this.mode=kt,this.whole.push(t.slice(r)),this.offset+=i,e;this.mode=vt,this.afterComma=!1,r++;break;case vt:if(93===a){this.afterComma&&o('Unexpected "]" after ","'),this.mode=$t,r++;break}this.mode=bt,s=r,this.depth=0,123===a||91===a?this.depth=1:34===a?this.inString=!0:44===a?o('Unexpected ","'):this.bare=!0,r++;break;case yt:44===a?(this.mode=vt,this.afterComma=!0):93===a?this.mode=$t:o(`Unexpected ${JSON.stringify(t[r])}, expected "," or "]"`),r++;break;default:o(`Unexpected ${JSON.stringify(t[r])} after the end of the list`)}}return this.mode===bt&&-1!==s&&(this.carry+=t.slice(s)),this.offset+=i,e}end(){if(this.mode===kt){const t=this.whole.join("");this.whole=[];try{return JSON.parse(t)}catch(t){throw new ft(t.message)}}if(this.mode===wt)throw new ft("Unexpected end of JSON input (the response is empty)");if(this.mode!==$t)throw new ft(`Unexpected end of JSON input at position ${this.offset}`)}}let St;const Ct=[];function Et(t){St||(St=new MessageChannel,St.port1.onmessage=()=>Ct.shift()?.run?.());const e={run:t};return Ct.push(e),St.port2.postMessage(null),()=>e.run=void 0}const Tt=()=>new Promise(t=>Et(t)),Mt=new Set(["http:","https:","mailto:"]),Lt=new Set(["http:","https:"]),Nt=/^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i;function Pt(t,e="link"){return Ot(t,e).problem}function Ot(t,e){if("string"!=typeof t)return{problem:`expected a URL string, got ${zt(t)}`};if(""===t.trim())return{problem:"empty URL"};let s;try{s=new URL(t,"undefined"==typeof document?"https://example.invalid/":document.baseURI)}catch{return{problem:`not a valid URL: ${JSON.stringify(t.slice(0,80))}`}}if("link"===e&&Mt.has(s.protocol))return{url:s};if("image"===e&&Lt.has(s.protocol))return{url:s};if("image"===e&&"data:"===s.protocol&&Nt.test(s.href))return{url:s};const r="link"===e?"http:, https: or mailto:":"http:, https: or a data:image";return{problem:`unsafe URL scheme "${s.protocol}" (only ${r} allowed)`}}function Ut(t,e="link"){return Ot(t,e).url?.href}function zt(t){return null===t?"null":Array.isArray(t)?"an array":"object"==typeof t?"an object":"string"==typeof t?`the string ${JSON.stringify(t.length>40?t.slice(0,40)+"…":t)}`:`${"number"==typeof t?"the number":typeof t} ${String(t)}`}class Rt extends Error{}class jt{constructor(t,e,s){this.obj=t,this.path=e,this.problems=s,this.seen=new Set}raw(t){return this.seen.add(t),this.obj[t]}has(t){const e=this.obj[t];return null!=e}warn(t,e){this.problems.push({path:t?`${this.path}.${t}`:this.path,message:e})}text(t){const e=this.raw(t);if(null!=e)return"string"==typeof e?e:"number"==typeof e&&Number.isFinite(e)?String(e):void this.warn(t,`expected a string, got ${zt(e)}`)}requiredText(t,e){const s=this.has(t),r=this.text(t);if(void 0!==r&&""!==r.trim())return r;s?void 0!==r?this.warn(t,`empty (${e} skipped)`):this.problems[this.problems.length-1].message+=` (${e} skipped)`:this.warn(t,`missing (${e} skipped)`)}textList(t){const e=this.raw(t);if(null==e)return;if("string"==typeof e)return e.trim()?[e]:[];if("number"==typeof e&&Number.isFinite(e))return[String(e)];if(!Array.isArray(e))return void this.warn(t,`expected a string or a list of strings, got ${zt(e)}`);const s=[];return e.forEach((e,r)=>{"string"==typeof e||"number"==typeof e&&Number.isFinite(e)?s.push(String(e)):this.problems.push({path:`${this.path}.${t}[${r}]`,message:`expected a string, got ${zt(e)}`})}),s}url(t,e="link"){const s=this.raw(t);if(null==s||""===s)return;const r=Ut(s,e);return void 0===r&&this.warn(t,Pt(s,e)??"refused URL"),r}bool(t){const e=this.raw(t);if(null!=e)return"boolean"==typeof e?e:"true"===e||"false"===e?"true"===e:void this.warn(t,`expected true or false, got ${zt(e)}`)}links(t){const e=this.raw(t);if(null!=e)return Bt(e,`${this.path}.${t}`,this.problems,(t,e)=>{const s=It(t,e,this.problems,"link");if(!s)return;const r=s.requiredText("label","link"),i=s.has("url"),o=s.url("url");if(s.done(),void 0!==r){if(void 0!==o)return{label:r,url:o};i?this.problems[this.problems.length-1].message+=" (link skipped)":s.warn("url","missing (link skipped)")}})}done(){for(const t of Object.keys(this.obj))this.seen.has(t)||this.warn(t,"unknown field, ignored")}}function It(t,e,s,r){if(null!==t&&"object"==typeof t&&!Array.isArray(t))return new jt(t,e,s);s.push({path:e,message:`expected an object, got ${zt(t)} (${r} skipped)`})}function Bt(t,e,s,r){if(!Array.isArray(t))return s.push({path:e,message:`expected a list, got ${zt(t)}`}),[];const i=[];return t.forEach((t,s)=>{const o=r(t,`${e}[${s}]`,s);void 0!==o&&i.push(o)}),i}function Dt(t,e,s){if(!Array.isArray(t))throw new Rt(`"${e}" must be a list (JSON array), got ${zt(t)}`);const r=[],i=[];return t.forEach((t,o)=>{const n=s(t,`${e}[${o}]`,o,r);void 0!==n&&i.push(n)}),{data:i,problems:r}}class qt{constructor(t){this.tag=t,this.last=new Map}warn(t,e){this.last.get(t)!==e&&(this.last.set(t,e),console.warn(`<${this.tag}>: ${e}`))}problems(t,e){const s=e.length;0!==s&&console.warn(`<${this.tag}>: ${s} problem${1===s?"":"s"} in ${t}; everything else renders.\n${function(t){return t.map(t=>`  ${t.path}: ${t.message}`).join("\n")}(e)}`)}error(t){console.error(`<${this.tag}>: ${t}`)}}class Ft{constructor(t,e){this.attribute=t,this.message=e}}function Ht(t){return{fromAttribute(e){if(null!==e)try{return JSON.parse(e)}catch(e){return new Ft(t,e.message)}}}}class Jt{constructor(t,e){this.host=t,this.options=e,this.state={status:"empty"},this.lastValue=void 0,this.lastSrc=void 0,this.lastScript=null,this.started=!1,this.run=0,this.settledRun=-1,this.pending=Wt(),this.warnings=new qt(e.tag),t.addController(this)}hostConnected(){this.observer=new MutationObserver(()=>this.host.requestUpdate()),this.observer.observe(this.host,{childList:!0,subtree:!0,characterData:!0})}hostDisconnected(){this.observer?.disconnect()}get complete(){return this.pending?this.pending.promise:this.host.isUpdatePending?this.host.updateComplete.then(()=>this.complete):Promise.resolve()}hostUpdate(){this.sync()}hostUpdated(){this.pending&&this.settledRun===this.run&&(this.options.rendered?.()??!0)&&(this.pending.resolve(),this.pending=void 0)}sync(){const t=this.options.value(),e=this.options.src(),s=null!=t||e?null:this.scriptText();if(!this.started||t!==this.lastValue||e!==this.lastSrc||s!==this.lastScript)if(this.started=!0,this.run++,this.pending??=Wt(),this.lastValue=t,this.lastSrc=e,this.lastScript=s,this.abort?.abort(),this.abort=void 0,t instanceof Ft)this.fail(`the "${t.attribute}" attribute is not valid JSON: ${t.message}`,t.attribute);else if(null!=t){const e=this.host.hasAttribute(this.options.name)?"attribute":"property";this.accept(t,`the "${this.options.name}" ${e}`,this.options.name)}else if(e)this.load(e);else if(null!==s){let t;try{t=JSON.parse(s)}catch(t){return void this.fail(`the <script type="application/json"> child is not valid JSON: ${t.message}`,"script")}this.accept(t,'the <script type="application/json"> child',"script")}else this.state={status:"empty"},this.settledRun=this.run}scriptText(){return this.host.querySelector(':scope > script[type="application/json"]')?.textContent??null}async load(t){let e;try{e=new URL(t,document.baseURI).href}catch{return void this.fail(`src "${t}" is not a valid URL`,t)}const s=new AbortController;this.abort=s,this.state={status:"loading",url:t};try{const r=await fetch(e,{signal:s.signal,headers:{Accept:"application/json"}});if(!r.ok)throw new Error(`HTTP ${r.status}${r.statusText?" "+r.statusText:""}`);if(this.options.item&&r.body){if(!await this.stream(r.body,this.options.item(),t,s.signal))return}else{const e=await r.text();let i;try{i=JSON.parse(e)}catch(t){throw new Error(`not valid JSON: ${t.message}`)}if(s.signal.aborted)return;this.accept(i,`src "${t}"`,t)}}catch(e){if(s.signal.aborted)return;return this.fail(`could not load src "${t}": ${e.message}`,t),void this.host.requestUpdate()}this.host.requestUpdate(),"ready"===this.state.status&&this.host.dispatchEvent(new gt)}async stream(t,e,s,r){const i=t.getReader();r.addEventListener("abort",()=>{i.cancel().catch(()=>{})});const o=new TextDecoder,n=new At,a=this.itemsOf(e);let l=16384;const h=t=>{let e;try{e=n.push(t)}catch(t){if(t instanceof ft)throw new Error(`not valid JSON: ${t.message}`);throw t}for(const t of e)a.add(t)};let d,c=performance.now();for(;;){a.publish();const{done:t,value:e}=await i.read();if(r.aborted)return!1;const s=t?o.decode():o.decode(e,{stream:!0});for(let t=0,e=0;t<s.length;t=e)if(e=t+l,h(s.slice(t,e)),!(32768===l&&performance.now()-c<25)){if(l=32768,a.publish(),await Tt(),r.aborted)return!1;c=performance.now()}if(t)break}try{d=n.end()}catch(t){throw new Error(`not valid JSON: ${t.message}`)}return n.notList?this.accept(d,`src "${s}"`,s):this.ready({data:a.data,problems:a.problems},`src "${s}"`),!0}accept(t,e,s){if(this.options.item&&Array.isArray(t)&&t.length>500){const s=new AbortController;return this.abort=s,void this.acceptInTasks(t,this.options.item(),e,s.signal)}let r;try{r=this.options.validate(t)}catch(t){if(!(t instanceof Rt))throw t;return void this.fail(`${e}: ${t.message}`,s)}this.ready(r,e)}async acceptInTasks(t,e,s,r){const i=this.itemsOf(e);for(let e=0;e<t.length;){const s=performance.now()+25;do{i.add(t[e++])}while(e<t.length&&performance.now()<s);if(e===t.length)break;if(i.publish(),await Tt(),r.aborted)return}this.ready({data:i.data,problems:i.problems},s),this.host.requestUpdate()}itemsOf(t){const e=[],s=[];let r=0,i=0;return{data:e,problems:s,add:i=>{const o=t(i,`${this.options.name}[${r}]`,r,s);r++,void 0!==o&&e.push(o)},publish:()=>{e.length!==i&&(i=e.length,this.state={status:"ready",data:e.slice(),problems:s,partial:!0},this.host.requestUpdate())}}}ready(t,e){this.state={status:"ready",data:t.data,problems:t.problems},this.settledRun=this.run,this.warnings.problems(e,t.problems)}fail(t,e){this.state={status:"error",message:t},this.settledRun=this.run,this.warnings.error(t),queueMicrotask(()=>this.host.dispatchEvent(new mt({message:t,source:e})))}}function Wt(){let t;const e=new Promise(e=>t=e);return{promise:e,resolve:t}}class Vt extends CustomEvent{constructor(t){super("we-calendar-download",{bubbles:!0,composed:!0,cancelable:!0,detail:t})}}function Zt(t,e,s,r){const i=URL.createObjectURL(new Blob([e],{type:r})),o=document.createElement("a");o.href=i,o.download=s,o.hidden=!0,t.appendChild(o),o.click(),o.remove(),setTimeout(()=>URL.revokeObjectURL(i),1e4)}class Kt extends CustomEvent{constructor(t){super("we-fragment-target",{bubbles:!0,composed:!0,detail:t})}}let Xt;class Gt{constructor(t,e=e=>t.shadowRoot?.getElementById(e)??null,s){this.host=t,this.find=e,this.source=s,this.pending=!0,this.onHashChange=()=>{this.pending=!0,this.reveal()},this.warnings=new qt(t.localName),t.addController(this)}hostConnected(){window.addEventListener("hashchange",this.onHashChange),this.pending=!0}hostDisconnected(){window.removeEventListener("hashchange",this.onHashChange)}hostUpdated(){this.pending&&this.reveal()}reveal(){let t=location.hash.slice(1);try{t=decodeURIComponent(t)}catch{}if(!t)return void(this.pending=!1);if(document.getElementById(t)){const e=this.source?.(t);return e&&this.warnings.warn("fragment",`${e} "${t}" is also the id of an element of the page, where #${t} leads; give it another id to link to it`),void(!e&&this.source||(this.pending=!1))}const e=Xt?.hash===location.hash?Xt.controller:void 0;if(e&&e!==this&&e.host.isConnected&&Yt(e.host,this.host))return void(this.pending=!1);const s=this.find(t);s&&(this.pending=!1,e&&e!==this&&e.release(),Xt={hash:location.hash,controller:this},this.current?.removeAttribute("data-fragment-target"),this.current=s,s.setAttribute("data-fragment-target",""),s.hasAttribute("tabindex")||s.setAttribute("tabindex","-1"),s.scrollIntoView({block:"start"}),s.focus({preventScroll:!0}),this.host.dispatchEvent(new Kt({id:t})))}release(){this.current?.removeAttribute("data-fragment-target"),this.current=void 0}}const Yt=(t,e)=>!!(t.compareDocumentPosition(e)&Node.DOCUMENT_POSITION_FOLLOWING);function Qt(t,e){const s=e?.trim()??"";let r=1;if(t.isConnected){const e=t.getRootNode();for(const i of e.querySelectorAll(t.localName)){if(i===t)break;te(i)===s&&r++}}const i=(s?`, ${s}`:"")+(r>1?` (${r})`:"");return t=>t+i}const te=t=>(t.label??t.getAttribute("label")??"").toString().trim();function ee(t){if(t.parentElement)return t.parentElement;const e=t.getRootNode();return e instanceof ShadowRoot?e.host:null}function se(t){if(!t||"transparent"===t)return!1;const e=/\(([^)]*)\)$/.exec(t)?.[1]??"",s=e.split("/"),r=e.split(","),i=2===s.length?s[1]:4===r.length?r[3]:void 0;if(void 0===i)return!0;const o=i.trim();return o.endsWith("%")?parseFloat(o)>=100:parseFloat(o)>=1}class re{constructor(t){this.host=t,this.media=matchMedia("(prefers-color-scheme: dark)"),this.observer=new MutationObserver(()=>this.update()),this.update=()=>{const t=this.host.shadowRoot;if(!t||!("adoptedStyleSheets"in t))return;const e=function(t){for(let e=ee(t);e;e=ee(e)){const t=getComputedStyle(e).backgroundColor;if(se(t))return t}}(this.host);this.sheet||(this.sheet=new CSSStyleSheet,t.adoptedStyleSheets=[...t.adoptedStyleSheets,this.sheet]),this.sheet.replaceSync(e?`:host { --_we-page-bg: ${e}; }`:"")}}connect(){this.media.addEventListener("change",this.update);const t={attributes:!0,attributeFilter:["class","style","data-theme","data-bs-theme"]};this.observer.observe(document.documentElement,t),document.body&&this.observer.observe(document.body,t)}disconnect(){this.media.removeEventListener("change",this.update),this.observer.disconnect()}}function ie(t,e,s){switch(e.status){case"loading":return H`<div part="loading" role="status">${s.loading}</div>`;case"error":return H`<div part="error" role="alert">
        <strong>&lt;${t}&gt; could not show its data.</strong> ${e.message}
      </div>`;case"empty":return H`<p part="empty">${s.empty}</p>`;default:return}}const oe=new Map;function ne(t){let e=oe.get(t);return void 0===e&&oe.set(t,e=function(t){const e=/^(https?:)\/\/([^/?#@]*)(?=[/?#]|$)/.exec(t);if(e&&e[2]===e[2].toLowerCase())return e[1]!==location.protocol||e[2]!==location.host;try{const e=new URL(t,document.baseURI);return"mailto:"!==e.protocol&&e.origin!==location.origin}catch{return!1}}(t)),e?"noopener noreferrer":void 0}function ae(t,e,s){return H`<a href=${t} part=${s??W} rel=${ne(t)??W}>${e}</a>`}const le=new Map;function he(t,e){const s=`${t}|${JSON.stringify(e)}`;let r=le.get(s);if(!r){try{r=new Intl.DateTimeFormat(t,e)}catch{r=new Intl.DateTimeFormat(void 0,e)}le.set(s,r)}return r}function de(t,e,s,r=!1){return he(s,{hour:"numeric",minute:"2-digit",timeZone:e,...r?{timeZoneName:"short"}:{}}).format(t)}function ce(t,e,s){return he(s,{hour:"numeric",timeZone:e,timeZoneName:"short"}).formatToParts(t).find(t=>"timeZoneName"===t.type)?.value??""}function pe(t,e,s=!1){return he(e,s?{weekday:"short",month:"short",day:"numeric",timeZone:"UTC"}:{weekday:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}).format(Date.parse(`${t}T12:00:00Z`))}const ue={talk:"Talk",keynote:"Invited talk",spotlights:"Spotlights",poster:"Posters",panel:"Panel",break:"Break",remarks:"Remarks",other:"Session"};function me(t){let e=2166136261;for(let s=0;s<t.length;s++)e^=t.charCodeAt(s),e=Math.imul(e,16777619);return e>>>0}function ge(t){return t.replace(/\r\n?/g,"\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g,"").replace(/[\\;,]/g,t=>`\\${t}`).replace(/\n/g,"\\n")}function fe(t){return t<128?1:t<2048?2:t<65536?3:4}function we(t){if(t.length<=75&&/^[\x20-\x7e]*$/.test(t))return t;const e=[];let s="",r=0;for(const i of t){const t=fe(i.codePointAt(0));r+t>75&&(e.push(s),s=" ",r=1),s+=i,r+=t}return e.push(s),e.join("\r\n")}function ve(t){return new Date(t).toISOString().replace(/[-:]/g,"").replace(/\.\d{3}/,"")}function be(t){const e=t.replace(/[^A-Za-z0-9._-]+/g,"-").slice(0,120)||"session";return e===t?e:`${e}-${ye(t)}`}const ye=t=>me(t).toString(36);function $e(t,e,s,r){const i=t.map(t=>({uid:`${be(t.id)}-${ye(e)}@${s}`,start:t.start,end:t.end,summary:t.title||"TBA",description:ke(t,`${e}#${t.id}`),location:t.room,url:`${e}#${encodeURIComponent(t.id)}`,categories:[ue[t.type],...t.track?[t.track]:[]]}));return function(t,e={}){const s=ve(e.stamp??Date.now()),r=["BEGIN:VCALENDAR","VERSION:2.0","PRODID:-//workshop-elements//workshop-schedule//EN","CALSCALE:GREGORIAN","METHOD:PUBLISH"];e.name&&r.push(`X-WR-CALNAME:${ge(e.name)}`);for(const e of t)r.push("BEGIN:VEVENT",`UID:${e.uid}`,`DTSTAMP:${s}`,`DTSTART:${ve(e.start)}`,`DTEND:${ve(e.end)}`),r.push(`SUMMARY:${ge(e.summary)}`),e.description&&r.push(`DESCRIPTION:${ge(e.description)}`),e.location&&r.push(`LOCATION:${ge(e.location)}`),e.url&&r.push(`URL:${e.url.replace(/[\u0000-\u001f\u007f]/g,"")}`),e.categories?.length&&r.push(`CATEGORIES:${e.categories.map(ge).join(",")}`),r.push("END:VEVENT");return r.push("END:VCALENDAR"),r.map(we).join("\r\n")+"\r\n"}(i,{name:r})}function ke(t,e){const s=t=>t.map(t=>t.affiliation?`${t.name} (${t.affiliation})`:t.name).join(", "),r=[];t.speakers.length&&r.push(s(t.speakers));for(const e of t.items)r.push(`• ${e.title||"TBA"}${e.speakers.length?` — ${s(e.speakers)}`:""}`);t.abstract&&r.push("",t.abstract);for(const e of t.links)r.push(`${e.label}: ${e.url}`);return r.push("",e),r.join("\n").trim()}class xe{constructor(t){this.host=t,this.time=Date.now(),t.addController(this)}hostConnected(){this.time=Date.now(),this.timer=setInterval(()=>{this.time=Date.now(),this.host.requestUpdate()},3e4)}hostDisconnected(){clearInterval(this.timer),this.timer=void 0}}class _e extends CustomEvent{constructor(t){super("we-favorites-change",{bubbles:!0,composed:!0,detail:t})}}const Ae="my-program=";function Se(){try{return window.localStorage}catch{return}}class Ce{constructor(t,e){this.host=t,this.openMyProgram=e,this.favorites=[],this.localTime=!1,this.openShared=()=>{const t=function(t){const e=t.replace(/^#/,"");if(e.startsWith(Ae))return e.slice(11).split(",").filter(Boolean).map(t=>{try{return decodeURIComponent(t)}catch{return t}})}(location.hash);if(!t)return;const e=t.filter(t=>!this.has(t));this.openMyProgram(),e.length&&this.set([...this.favorites,...e])},t.addController(this)}hostConnected(){this.favorites=function(t){try{const e=JSON.parse(Se()?.getItem(t)??"[]");return Array.isArray(e)?e.filter(t=>"string"==typeof t):[]}catch{return[]}}(this.key("favorites")),this.localTime=function(t){try{return"true"===Se()?.getItem(t)}catch{return!1}}(this.key("local-time")),this.openShared(),window.addEventListener("hashchange",this.openShared)}hostDisconnected(){window.removeEventListener("hashchange",this.openShared)}has(t){return this.favorites.includes(t)}toggle(t){this.set(this.has(t)?this.favorites.filter(e=>e!==t):[...this.favorites,t])}toggleLocalTime(){this.localTime=!this.localTime,function(t,e){try{Se()?.setItem(t,String(e))}catch{}}(this.key("local-time"),this.localTime),this.host.requestUpdate()}shareUrl(){const t=new URL(location.href);var e;return t.hash=(e=this.favorites,Ae+[...e].map(encodeURIComponent).join(",")),t.href}set(t){this.favorites=t,function(t,e){try{Se()?.setItem(t,JSON.stringify([...e]))}catch{}}(this.key("favorites"),t),this.host.requestUpdate(),this.host.dispatchEvent(new _e({favorites:[...t]}))}key(t){return function(t,e,s=""){return`workshop-schedule:${t}:${e}${s?`#${s}`:""}`}(t,location.pathname,this.host.id)}}function Ee(t){return t.normalize("NFKD").replace(/[\u0300-\u036f]/g,"").toLowerCase()}const Te=new WeakMap;function Me(t,e){if(e.only&&!e.only.has(t.id))return!1;if(e.track&&t.track!==e.track)return!1;if(e.room&&t.room!==e.room)return!1;const s=Ee(e.query).split(/\s+/).filter(Boolean);if(!s.length)return!0;const r=function(t){let e=Te.get(t);void 0===e&&(e=Ee([...[t,...t.items].flatMap(t=>[t.title,t.abstract??"",...t.speakers.flatMap(t=>[t.name,t.affiliation??""])]),t.room??"",t.track??""].join("\n")),Te.set(t,e));return e}(t);return s.every(t=>r.includes(t))}const Le=new Map;function Ne(t){let e=Le.get(t);return e||(e=new Intl.DateTimeFormat("en-US",{timeZone:t,hourCycle:"h23",year:"numeric",month:"numeric",day:"numeric",hour:"numeric",minute:"numeric",second:"numeric",era:"short"}),Le.set(t,e)),e}function Pe(t){try{return Ne(t),!0}catch{return!1}}function Oe(){return(new Intl.DateTimeFormat).resolvedOptions().timeZone||"UTC"}function Ue(t,e){const s={};for(const r of Ne(e).formatToParts(new Date(t)))s[r.type]=r.value;let r=Number(s.year);return"BC"!==s.era&&"B"!==s.era||(r=1-r),{year:r,month:Number(s.month),day:Number(s.day),hour:Number(s.hour)%24,minute:Number(s.minute),second:Number(s.second)}}function ze(t){const e=new Date(Date.UTC(2e3,t.month-1,t.day,t.hour,t.minute,t.second));return e.setUTCFullYear(t.year),e.getTime()}function Re(t,e){const s=1e3*Math.floor(t/1e3);return ze(Ue(s,e))-s}const je=864e5;function Ie(t,e){const s=ze(t),r=`${e}|${s}`;let i=Be.get(r);return void 0===i&&(i=function(t,e){const s=Re(t-je,e),r=Re(t+je,e),i=[t-s,t-r].filter(s=>Re(s,e)===t-s);return i.length?Math.min(...i):t-s}(s,e),Be.set(r,i)),i}const Be=new Map;function De(t,e){const s=Ue(t,e);return`${String(s.year).padStart(4,"0")}-${qe(s.month)}-${qe(s.day)}`}function qe(t){return String(t).padStart(2,"0")}function Fe(t,e,s){const r=`heading-${t.key}`,i=t.parallel,o=function(t,e){const s=new Set;let r;for(const i of t.sessions)t.sections.has(i.id)&&(r=i.id),r&&e.visible.has(i.id)&&s.add(r);return s}(t,e),n=pe(t.key,e.lang);return H`<section part="day" class="day" id=${`day-${t.key}`} aria-label=${e.landmark(n)}>
    <div part="heading day-heading" class="day-heading" role="heading" aria-level=${e.level} id=${r}>
      ${n}
    </div>
    ${i?H`<div part="rooms" class="rooms" aria-hidden="true" style=${`--_we-rooms:${t.rooms.length}`}>
            ${t.rooms.map(t=>H`<div part="room-heading">${t}</div>`)}
          </div>`:W}
    <ol
      part="sessions"
      class=${i?"sessions grid":"sessions"}
      style=${`--_we-rooms:${t.rooms.length||1}`}
      aria-labelledby=${r}
    >
      ${t.sessions.map(r=>{const n=t.sections.get(r.id);return H`${n?H`<li
                part="section"
                class="section"
                ?hidden=${!o.has(r.id)}
                style=${i?`grid-row:${n.row};grid-column:1/-1`:W}
              >
                <div
                  part="heading section-heading"
                  class="section-heading"
                  role="heading"
                  aria-level=${Math.min(6,e.level+1)}
                >
                  ${n.title}
                </div>
              </li>`:W}${function(t,e,s,r){const i=e.parallel?e.cells.get(t.id):void 0,o=s.live.has(t.id),n=s.favorites.has(t.id),a=t.title||"TBA",l=s.localTime?function(t,e){return Math.round((Date.parse(`${e}T00:00Z`)-Date.parse(`${t}T00:00Z`))/je)}(t.day,De(t.start,s.shown)):0;return H`<li
    id=${t.id}
    part=${`session ${t.type}${o?" live":""}`}
    class=${`session type-${t.type}${o?" is-live":""}`}
    ?hidden=${!s.visible.has(t.id)}
    aria-current=${o?"time":W}
    style=${i?`grid-row:${i.row}/${i.rowEnd};grid-column:${i.col}/${i.colEnd}`:W}
  >
    <p class="when">
      <time part="time" datetime=${new Date(t.start).toISOString()}
        >${de(t.start,s.shown,s.lang,t.openEnd||ce(t.start,s.shown,s.lang)!==ce(t.end,s.shown,s.lang))}</time
      >${t.openEnd?W:H`–<time part="time" datetime=${new Date(t.end).toISOString()}
                >${de(t.end,s.shown,s.lang,!0)}</time
              >`}
      ${l?H`<span part="day-shift" class="day-shift" title=${pe(De(t.start,s.shown),s.lang)}
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
      ${He(t)}
      ${t.items.length?H`<ol part="nested" class="nested">
              ${t.items.map(t=>H`<li id=${t.id??W}>
                    <span class=${t.title?"title":"title tba"}>${t.title||"TBA"}</span>${He(t)}
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
              @click=${()=>r.toggleFavorite(t.id)}
            >
              <span aria-hidden="true">${n?"★":"☆"}</span>
            </button>`}
      <button type="button" part="calendar-button" @click=${()=>r.download([t],`${t.id}.ics`)}>
        Add to calendar<span class="visually-hidden">: ${a}</span>
      </button>
    </div>
  </li>`}(r,t,e,s)}`})}
    </ol>
  </section>`}function He(t){return H`${t.speakers.length?H`<p part="speakers" class="speakers">
          ${t.speakers.map((t,e)=>H`${e?", ":""}${t.url?ae(t.url,t.name):H`<span>${t.name}</span>`}${t.affiliation?H` <span class="affiliation">(${t.affiliation})</span>`:W}`)}
        </p>`:W}
  ${t.abstract?H`<details part="abstract" class="abstract">
          <summary>Abstract</summary>
          <p>${t.abstract}</p>
        </details>`:W}
  ${t.links.length?H`<ul part="links" class="links">
          ${t.links.map(t=>H`<li>${ae(t.url,t.label)}</li>`)}
        </ul>`:W}`}function Je(t){return t.normalize("NFKD").replace(/[\u0300-\u036f]/g,"").toLowerCase().replace(/[^a-z0-9]+/g,"-").replace(/^-+|-+$/g,"").slice(0,64).replace(/-+$/,"")}function We(t,e,s){if("instant"===t.kind)return t.instant;const[r,i,o]=(t.date??s).split("-").map(Number);return Ie({year:r,month:i,day:o,hour:0,minute:0,second:t.seconds},e)}function Ve(t,e,s){const r=[],i=new Set,o=t=>{let e=t;for(let s=2;i.has(e);s++)e=`${t}-${s}`;return i.add(e),e},n=t=>({...t,id:t.id?o(t.id):t.title?o(Je(t.title)||"talk"):void 0}),a=[],l=[],h=t.map(t=>{const i=We(t.start,e,s);let o=t.end?We(t.end,e,s):void 0;return void 0!==o&&o<=i&&(r.push({path:`${t.path}.end`,message:"not after start (ignored: the session ends when the next one starts)"}),o=void 0),t.room&&!a.includes(t.room)&&a.push(t.room),t.track&&!l.includes(t.track)&&l.push(t.track),{s:t,start:i,end:o,day:De(i,e)}}),d=new Map;for(const{s:t}of h)t.id&&d.set(t,o(t.id));for(const{s:t,start:e}of h)t.id||d.set(t,o(Je(t.title)||`session-${new Date(e).toISOString().slice(0,16).replace(/\D/g,"")}`));const c=t=>void 0===t?-1:a.indexOf(t);h.sort((t,e)=>t.start-e.start||c(t.s.room)-c(e.s.room));const p=h.map(({s:t,start:e,end:s,day:r},i)=>{let o=!1;if(void 0===s){const n=h.slice(i+1).find(s=>s.start>e&&(!t.room||!s.s.room||s.s.room===t.room)&&s.day===r);n?s=n.start:(s=e+18e5,o=!0)}return{...t,id:d.get(t),start:e,end:s,openEnd:o,day:r,items:t.items.map(n)}}),u=new Map;for(const t of p)u.set(t.day,[...u.get(t.day)??[],t]);const m=[...u.keys()].sort().map(t=>function(t,e,s,r=[]){const i=s.filter(t=>e.some(e=>e.room===t)),o=(t,e)=>t.start<e.end&&e.start<t.end;let n=e.some((t,s)=>e.slice(s+1).some(e=>t.room&&e.room&&t.room!==e.room&&o(t,e)));if(n){const t=e.flatMap((t,s)=>e.slice(s+1).filter(e=>(!t.room||!e.room||t.room===e.room)&&o(t,e)).map(e=>({a:t,b:e})));for(const{a:e,b:s}of t){const t=e.room&&s.room?`in room "${e.room}"`:"while it spans all rooms";r.push({path:`${s.path??s.id}.start`,message:`overlaps "${e.title||e.id}" (${e.path??e.id}) ${t}; this day is shown as a list`})}t.length&&(n=!1)}const a=new Map,l=new Map;let h;for(const t of e)t.section&&t.section!==h&&!l.has(t.start)&&l.set(t.start,{id:t.id,title:t.section}),h=t.section;const d=[...new Set(e.flatMap(t=>[t.start,t.end]))].sort((t,e)=>t-e),c=new Map,p=new Map;let u=1;for(const t of d){const e=l.get(t);e?(p.set(t,u),a.set(e.id,{title:e.title,row:u}),u++):p.set(t,u),c.set(t,u),u++}const m=new Map;for(const t of e){const e=t.room?i.indexOf(t.room)+1:1;m.set(t.id,{row:c.get(t.start),rowEnd:p.get(t.end),col:e,colEnd:t.room?e+1:-1})}return{key:t,sessions:e,rooms:i,parallel:n,cells:m,sections:a}}(t,u.get(t),a,r));return{sessions:p,days:m,rooms:a,tracks:l,problems:r}}const Ze=["talk","keynote","spotlights","poster","panel","break","remarks","other"],Ke=/^(\d{1,2}):(\d{2})(?::(\d{2}))?$/,Xe=/^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:(Z|[+-]\d{2}(?::?\d{2})?)|( [+-]\d{4}))?$/i,Ge=/^(\d{4})-(\d{2})-(\d{2})$/;function Ye(t){const e=Ge.exec(t);if(!e)return!1;const s=new Date(Date.UTC(+e[1],+e[2]-1,+e[3]));return s.getUTCFullYear()===+e[1]&&s.getUTCMonth()===+e[2]-1&&s.getUTCDate()===+e[3]}function Qe(t,e,s){const r=3600*+t+60*+e+ +(s??0);if(!(+e>59||+(s??0)>59||r>86400))return r}function ts(t,e){const s=t.raw(e);if(null==s)return;const r=function(t){if("number"==typeof t)return Number.isInteger(t)&&t>=0&&t<=86400?{kind:"wall",seconds:t}:void 0;if("string"!=typeof t)return;const e=t.trim();let s=Ke.exec(e);if(s){const t=Qe(s[1],s[2],s[3]);return void 0===t?void 0:{kind:"wall",seconds:t}}if(s=Xe.exec(e),!s)return;const r=`${s[1]}-${s[2]}-${s[3]}`,i=Qe(s[4],s[5],s[6]);if(!Ye(r)||void 0===i)return;const o=s[8]?.trim();if(!(s[7]||o&&"+0000"!==o))return{kind:"wall",date:r,seconds:i};const n=s[7]??o,a="Z"===n.toUpperCase()?"Z":n.replace(/^([+-]\d{2}):?(\d{2})?$/,(t,e,s)=>`${e}:${s??"00"}`),l=Date.parse(`${r}T00:00:00${a}`)+1e3*i;return Number.isFinite(l)?{kind:"instant",instant:l}:void 0}(s);return r?"string"==typeof s&&/ [+-]\d{4}$/.test(s.trim())&&!/ \+0000$/.test(s.trim())&&t.warn(e,`"${s}" looks like a YAML date-time that Jekyll converted to its own time zone; it is shown as that instant (quote the time in the YAML to keep it as written)`):t.warn(e,`expected a time like "08:30", "2019-12-13T08:30", "2019-12-13T08:30-08:00" or seconds after midnight, got ${zt(s)}`),r??null}const es=86400;function ss(t){const e=t.raw("speakers");if(null==e)return[];return Bt("string"==typeof e?[e]:e,`${t.path}.speakers`,t.problems,(e,s)=>{if("string"==typeof e)return e.trim()?{name:e}:void 0;const r=It(e,s,t.problems,"speaker");if(!r)return;const i=r.requiredText("name","speaker"),o=r.text("affiliation"),n=r.url("url");return r.done(),void 0===i?void 0:{name:i,affiliation:o,url:n}})}function rs(t,e){const s=t.text("id")?.trim()||void 0;let r=t.text("title");void 0!==r||t.has("title")||t.warn("title",`missing (${e} shown as "TBA")`),r=r?.trim()??"";let i="talk";const o=t.text("type");if(void 0!==o){const e=o.trim().toLowerCase();Ze.includes(e)?i=e:t.warn("type",`unknown type ${JSON.stringify(o)} (shown as a talk; known: ${Ze.join(", ")})`)}return{id:s,title:r,type:i,speakers:ss(t),abstract:t.text("abstract")?.trim()||void 0,links:t.links("links")??[]}}function is(t){let e;return Dt(t,"items",(t,s,r,i)=>{const o=It(t,s,i,"item");if(!o)return;if(o.has("section")&&!o.has("start"))return e=o.text("section")?.trim()||void 0,void o.done();const n=ts(o,"start");void 0===n?o.warn("start","missing (session skipped)"):null===n&&(i[i.length-1].message+=" (session skipped)");let a=ts(o,"end")??void 0;const l=rs(o,"session"),h=o.text("room")?.trim()||void 0,d=o.text("track")?.trim()||void 0,c=o.has("items")?Bt(o.raw("items"),`${s}.items`,i,(t,e)=>{const s=It(t,e,i,"nested session");if(!s)return;const r=rs(s,"nested session");return s.done(),r}):[];if(o.done(),n){if(a){const t="wall"===a.kind&&void 0===a.date;"wall"===a.kind&&void 0===a.date&&"wall"===n.kind&&n.date&&(a={...a,date:n.date});let e=function(t,e){return"instant"===t.kind&&"instant"===e.kind?(e.instant-t.instant)/1e3:"wall"===t.kind&&"wall"===e.kind&&t.date===e.date?e.seconds-t.seconds:void 0}(n,a);t&&"wall"===a.kind&&void 0!==e&&e<=0&&e+es<=43200&&(a={...a,seconds:a.seconds+es},e+=es),void 0!==e&&e<=0&&(o.warn("end","not after start (ignored: the session ends when the next one starts)"),a=void 0)}return{...l,start:n,end:a,room:h,track:d,items:c,section:e,path:s}}})}const os=a`
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
`,ns=[os,a`
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
`],as="workshop-schedule";class ls extends lt{constructor(){super(...arguments),this.filterable=!1,this.headingLevel=3,this.myProgram=!1,this.query="",this.track="",this.room="",this.data=new Jt(this,{tag:as,name:"items",value:()=>this.items,src:()=>this.src,validate:is}),this.fragment=new Gt(this,t=>{const e=this.shadowRoot?.getElementById(t)??null;return e?.closest("[hidden]")?((this.query||this.track||this.room||this.myProgram)&&queueMicrotask(()=>{this.query=this.track=this.room="",this.myProgram=!1}),null):e}),this.clock=new xe(this),this.mine=new Ce(this,()=>this.myProgram=!0),this.background=new re(this),this.warnings=new qt(as),this.actions={toggleFavorite:t=>this.mine.toggle(t),download:(t,e)=>this.downloadSessions(t,e)},this.toggleLocalTime=()=>this.mine.toggleLocalTime(),this.toggleMyProgram=()=>{this.myProgram=!this.myProgram},this.jumpTo=t=>{(t.currentTarget.getAttribute("href")??"")===location.hash&&(t.preventDefault(),this.fragment.reveal())}}get dataComplete(){return this.data.complete}connectedCallback(){super.connectedCallback(),this.background.connect(),this.hasUpdated&&this.background.update()}firstUpdated(){this.background.update()}disconnectedCallback(){super.disconnectedCallback(),this.background.disconnect()}willUpdate(){this.data.sync();const t=this.data.state;if(this.current=void 0,this.settingError=void 0,"ready"!==t.status)return;const e=this.timezone?.trim()||Oe();if(this.settingError=function(t,e){return Pe(t)?e&&!Ye(e.trim())?{message:`date "${e}" is not a date like "2019-12-13"`,source:"date"}:void 0:{message:`timezone "${t}" is not an IANA time zone (like "America/Vancouver" or "UTC")`,source:"timezone"}}(e,this.date),this.settingError)return;const s=this.program(t,e);s.sessions.length&&(this.current={program:s,view:this.view(s,e)})}render(){return H`<div part="base" class="base">${this.renderContent()}</div>`}renderContent(){const t=this.data.state;if("ready"!==t.status)return ie(as,t,{loading:"Loading the program…",empty:"No program yet."});if(this.settingError)return ie(as,{status:"error",message:this.settingError.message},{loading:"",empty:""});if(!this.current)return H`<p part="empty">No sessions in the program yet.</p>`;const{program:e,view:s}=this.current;return H`<div class="days">
      ${this.renderControls(e,s)} ${e.days.map(t=>Fe(t,s,this.actions))}
    </div>`}updated(t){if(this.settingError!==this.reportedSetting&&(this.reportedSetting=this.settingError,this.settingError)){this.warnings.error(this.settingError.message);const t={message:this.settingError.message,source:this.settingError.source};queueMicrotask(()=>this.dispatchEvent(new mt(t)))}const e=this.built?.program;e&&e!==this.reportedProgram&&!this.settingError&&(this.reportedProgram=e,this.warnings.problems("the times",e.problems)),t.has("now")&&this.now&&!Number.isFinite(Date.parse(this.now))&&this.warnings.warn("now",`now "${this.now}" is not a date-time like "2019-12-13T09:00-08:00"; the real clock is used`),this.current&&this.viewerTimezone&&this.current.view.viewer!==this.viewerTimezone&&this.warnings.warn("viewer-timezone",`viewer-timezone "${this.viewerTimezone}" is not an IANA time zone; the visitor's own (${this.current.view.viewer}) is used`)}program(t,e){const s=this.date?.trim()||De(this.clockTime(),e),r=this.built;if(r&&r.state===t&&r.zone===e&&r.date===s)return r.program;const i=Ve("ready"===t.status?t.data:[],e,s);return this.built={state:t,zone:e,date:s,program:i},i}clockTime(){const t=this.now?Date.parse(this.now):NaN;return Number.isFinite(t)?t:this.clock.time}view(t,e){const s=this.viewerTimezone&&Pe(this.viewerTimezone)?this.viewerTimezone:Oe(),r=new Set(this.mine.favorites),i=this.filterable||t.sessions.length>40,o=i?{query:this.query,track:this.track,room:this.room,only:this.myProgram?r:void 0}:{query:"",track:"",room:"",only:this.myProgram?r:void 0},n=this.clockTime(),a=new Set(t.sessions.filter(t=>Me(t,o)).map(t=>t.id)),l=t.sessions.filter(t=>t.start<=n&&n<t.end),h=t.sessions[0].start,d=Math.max(...t.sessions.map(t=>t.end)),c=l[0]??(n>=h&&n<d?t.sessions.find(t=>t.start>n):void 0);return{zone:e,viewer:s,shown:this.mine.localTime?s:e,localTime:this.mine.localTime,lang:this.closest("[lang]")?.getAttribute("lang")||void 0,favorites:r,filterable:i,visible:a,live:new Set(l.map(t=>t.id)),nowTarget:c,total:t.sessions.length,level:Math.min(6,Math.max(1,Math.round(this.headingLevel)||3)),landmark:Qt(this,this.label)}}renderControls(t,e){const s=t.sessions.filter(t=>e.favorites.has(t.id)).length,r=e.visible.size!==e.total;return H`<div part="controls" class="controls">
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
        ${this.myProgram&&!s?"No sessions in my program yet: star a session (☆) to add it.":r||e.filterable?`${e.visible.size} of ${e.total} sessions shown.`:""}
      </p>
    </div>`}renderFilters(t,e){const s=(t,e,s,r)=>s.length>1?H`<label
            >${t}
            <select part="filter" .value=${e} @change=${t=>r(t.target.value)}>
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
    </div>`}downloadProgram(t){const e=new Set(this.mine.favorites),s=this.myProgram?t.sessions.filter(t=>e.has(t.id)):t.sessions;s.length&&this.downloadSessions(s,this.myProgram?"my-program.ics":"program.ics")}downloadSessions(t,e){const s=$e(t,location.href.replace(/#.*$/,""),location.hostname||"workshop-elements",document.title||void 0),r=new Vt({filename:e,ics:s,sessionIds:t.map(t=>t.id)});this.dispatchEvent(r)&&Zt(this.renderRoot,s,e,"text/calendar;charset=utf-8")}}ls.styles=ns,t([pt({type:Array,converter:Ht("items")})],ls.prototype,"items",void 0),t([pt()],ls.prototype,"src",void 0),t([pt()],ls.prototype,"timezone",void 0),t([pt()],ls.prototype,"date",void 0),t([pt()],ls.prototype,"now",void 0),t([pt({type:Boolean})],ls.prototype,"filterable",void 0),t([pt({attribute:"heading-level",type:Number})],ls.prototype,"headingLevel",void 0),t([pt()],ls.prototype,"label",void 0),t([pt({attribute:"viewer-timezone"})],ls.prototype,"viewerTimezone",void 0),t([ut()],ls.prototype,"myProgram",void 0),t([ut()],ls.prototype,"query",void 0),t([ut()],ls.prototype,"track",void 0),t([ut()],ls.prototype,"room",void 0),customElements.get("workshop-schedule")||customElements.define("workshop-schedule",ls);const hs=1,ds=3,cs=4,ps=t=>(...e)=>({_$litDirective$:t,values:e});let us=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,s){this._$Ct=t,this._$AM=e,this._$Ci=s}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};const ms="important",gs=" !"+ms,fs=ps(class extends us{constructor(t){if(super(t),t.type!==hs||"style"!==t.name||t.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(t){return Object.keys(t).reduce((e,s)=>{const r=t[s];return null==r?e:e+`${s=s.includes("-")?s:s.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${r};`},"")}update(t,[e]){const{style:s}=t.element;if(void 0===this.ft)return this.ft=new Set(Object.keys(e)),this.render(e);for(const t of this.ft)null==e[t]&&(this.ft.delete(t),t.includes("-")?s.removeProperty(t):s[t]=null);for(const t in e){const r=e[t];if(null!=r){this.ft.add(t);const e="string"==typeof r&&r.endsWith(gs);t.includes("-")||e?s.setProperty(t,e?r.slice(0,-11):r,e?ms:""):s[t]=r}}return J}}),ws=new Set(["dr","prof","professor","mr","mrs","ms","mx","sir","dame"]),vs=/[\p{L}\p{N}]/u,bs="undefined"!=typeof Intl&&"Segmenter"in Intl?new Intl.Segmenter(void 0,{granularity:"grapheme"}):void 0,ys=/^(?:\p{M}|\p{Emoji_Modifier}|\u200D|\uFE0E|\uFE0F|[\u{E0020}-\u{E007F}])/u,$s=/^\p{Regional_Indicator}$/u;function ks(t){const[e,s]=Array.from(t.slice(0,4));if(void 0===s||!bs||!(ys.test(s)||$s.test(e)&&$s.test(s)))return e;for(const e of bs.segment(t))return e.segment}function xs(t,e,s){const r=e=>(e+t/30)%12,i=e*Math.min(s,1-s),o=t=>s-i*Math.max(-1,Math.min(r(t)-3,Math.min(9-r(t),1)));return[o(0),o(8),o(4)].map(t=>Math.round(255*t))}function _s([t,e,s]){const r=t=>{const e=t/255;return e<=.04045?e/12.92:((e+.055)/1.055)**2.4};return.2126*r(t)+.7152*r(e)+.0722*r(s)}function As(t,e){const[s,r]=[_s(t),_s(e)].sort((t,e)=>e-t);return(s+.05)/(r+.05)}const Ss=[255,255,255];const Cs=[os,a`
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
  `];function Es(t){if(null===t||"object"!=typeof t||Array.isArray(t))throw new Rt(`"speaker" must be an object, got ${zt(t)}`);const e=[],s=new jt(t,"speaker",e),r=s.requiredText("name","speaker");if(void 0===r)throw new Rt(`"speaker.name" is required: ${e[0]?.message??"missing"}`);const i={name:r,affiliations:Ls(s.textList("affiliation")),photo:s.url("photo","image"),url:s.url("url"),role:Ms(s.text("role")),bio:Ms(s.text("bio")),talk:Ts(s),links:s.links("links")??[]};return s.done(),{data:i,problems:e}}function Ts(t){const e=t.raw("talk");if(null==e)return;if("string"==typeof e)return e.trim()?{title:e}:void 0;const s=It(e,`${t.path}.talk`,t.problems,"talk");if(!s)return;const r=s.requiredText("title","talk"),i=s.url("href");return s.done(),void 0===r?void 0:{title:r,href:i}}const Ms=t=>void 0===t||""===t.trim()?void 0:t,Ls=t=>(t??[]).filter(t=>""!==t.trim()),Ns=["card","row","compact"];class Ps extends lt{constructor(){super(...arguments),this.layout="card",this.headingLevel=3,this.expanded=!1,this.overflowing=!1,this.data=new Jt(this,{tag:"speaker-card",name:"speaker",value:()=>this.speaker,src:()=>this.src,validate:Es}),this.warnings=new qt("speaker-card")}get dataComplete(){return this.data.complete}connectedCallback(){super.connectedCallback(),this.observedBio=void 0,this.hasUpdated&&this.observeBio()}disconnectedCallback(){super.disconnectedCallback(),this.observedBio&&Rs(this.observedBio)}willUpdate(t){["name","affiliation","photo","href","speakerRole","talk","talkHref"].some(e=>t.has(e))&&this.readAttributes()}render(){const t=this.renderContent();return this.card?t:H`<div part="base">${t}</div>`}get card(){const t=this.data.state.status;return"ready"===t||"empty"===t&&!!this.fromAttributes&&!("error"in this.fromAttributes)}renderContent(){const t=this.data.state;if("empty"===t.status&&this.fromAttributes)return"error"in this.fromAttributes?H`${ie("speaker-card",{status:"error",message:this.fromAttributes.error},Os)}<slot
          ></slot>`:this.renderCard(this.fromAttributes.data);if("ready"===t.status)return this.renderCard(t.data);const e=ie("speaker-card",t,Os);return"error"===t.status?H`${e}<slot></slot>`:e}updated(t){t.has("layout")&&!Ns.includes(this.layout)&&this.warnings.warn("layout",`layout "${this.layout}" is not one of ${Ns.join(", ")}; using "card".`);const e=this.fromAttributes;e!==this.reportedAttributes&&(this.reportedAttributes=e,e&&"error"in e?(this.warnings.error(e.error),this.dispatchEvent(new mt({message:e.error,source:"name"}))):e&&this.warnings.problems("the attributes",e.problems)),this.observeBio()}observeBio(){const t=this.renderRoot.querySelector('[part~="bio"]')??void 0;t!==this.observedBio&&(this.observedBio&&Rs(this.observedBio),this.observedBio=t,t&&function(t,e){zs??=new ResizeObserver(t=>{const e=t.map(t=>[t.target,t.target.scrollHeight>t.target.clientHeight+1]);setTimeout(()=>{for(const[t,s]of e)Us.get(t)?.(s)})}),Us.set(t,e),zs.observe(t)}(t,t=>this.bioMeasured(t)))}renderCard(t){const e=Ns.includes(this.layout)?this.layout:"card",s=Math.min(6,Math.max(1,Math.round(this.headingLevel)||3)),r=t.url?ae(t.url,t.name):t.name;return H`<div part="base" class="base ${e}">
      ${this.renderPhoto(t)}
      <div class="text">
        <div part="name heading" role="heading" aria-level=${s} dir="auto">${r}</div>
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
    </div>`}renderPhoto(t){const e=function(t){const e=me(t.trim().toLowerCase()),s=e%360,r=.45+(e>>>9)%20/100;let i=.42,o=xs(s,r,i);for(;As(o,Ss)<4.5&&i>.05;)i-=.01,o=xs(s,r,i);return{background:`rgb(${o.join(" ")})`,color:"#ffffff",contrast:As(o,Ss)}}(t.name),s=t.photo&&t.photo!==this.failedPhoto?t.photo:void 0;return H`<div
      part="photo"
      aria-hidden="true"
      style=${fs({"--_we-avatar-bg":e.background,"--_we-avatar-fg":e.color})}
    >
      <span part="initials" class="initials">${function(t){const e=t.split(/[\s\u200B\u200E\u200F\u2028-\u202F]+/u).map(t=>t.replace(/^[^\p{L}\p{N}\p{Extended_Pictographic}]+/u,"")).filter(t=>""!==t&&!ws.has(t.replace(/\.$/,"").toLowerCase())),s=e.filter(t=>vs.test(ks(t)??"")),r=s.length?s:e;return 0===r.length?ks(t.trim())??"?":(ks(r[0])+(r.length>1?ks(r[r.length-1]):"")).toLocaleUpperCase()}(t.name)}</span>
      ${s?H`<img
              src=${s}
              alt=""
              width="256"
              height="256"
              loading="lazy"
              decoding="async"
              @error=${()=>this.photoFailed(s)}
            />`:W}
    </div>`}renderBio(t){const e=this.hasChildBio();if(!e&&!t.bio)return W;const s=e?[]:t.bio.split(/\n\s*\n/).filter(t=>""!==t.trim()),r=!this.expanded;return H`<div
        part="bio"
        id="bio"
        class="bio ${r?"clamped":""} ${this.overflowing?"overflowing":""}"
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
            </button>`:W}`}hasChildBio(){return Array.from(this.childNodes).some(t=>t.nodeType===Node.ELEMENT_NODE?"script"!==t.localName&&!t.hasAttribute("slot"):t.nodeType===Node.TEXT_NODE&&""!==t.textContent.trim())}toggleBio(){this.expanded=!this.expanded}bioMeasured(t){this.expanded||(this.overflowing=t)}photoFailed(t){this.failedPhoto=t,this.warnings.warn("photo",`the photo of "${this.currentName()}" could not be loaded, showing initials: ${t}`)}currentName(){const t=this.data.state;return"ready"===t.status?t.data.name:this.fromAttributes&&"data"in this.fromAttributes?this.fromAttributes.data.name:""}readAttributes(){const t=this.getAttribute("role");let e;try{e=function(t){const e=t=>null==t||""===t.trim()?void 0:t;if(![t.name,t.affiliation,t.photo,t.href,t.role,t.talk,t.talkHref].some(e))return;const s=e(t.name);if(!s)throw new Rt('the "name" attribute is required (or give the speaker as JSON)');const r=[],i=(s,i)=>{const o=e(t[s]);if(void 0===o)return;const n=Pt(o,i);return n&&r.push({path:`${"talkHref"===s?"talk-href":s} attribute`,message:n}),Ut(o,i)},o=i("talkHref","link");return e(t.talkHref)&&!e(t.talk)&&r.push({path:"talk-href attribute",message:'needs a talk="…" title (ignored)'}),{data:{name:s,affiliations:e(t.affiliation)?[t.affiliation]:[],photo:i("photo","image"),url:i("href","link"),role:e(t.role),talk:e(t.talk)?{title:t.talk,href:o}:void 0,links:[]},problems:r}}({name:this.name,affiliation:this.affiliation,photo:this.photo,href:this.href,role:this.speakerRole??t,talk:this.talk,talkHref:this.talkHref})}catch(t){if(!(t instanceof Rt))throw t;return void(this.fromAttributes={error:t.message})}this.fromAttributes=e,e&&t&&null==this.speakerRole&&e.problems.push({path:"role attribute",message:`"role" is ARIA's attribute and "${t}" is not an ARIA role; write speaker-role="${t}" instead`})}}Ps.styles=Cs,t([pt({type:Object,converter:Ht("speaker")})],Ps.prototype,"speaker",void 0),t([pt()],Ps.prototype,"src",void 0),t([pt()],Ps.prototype,"name",void 0),t([pt()],Ps.prototype,"affiliation",void 0),t([pt()],Ps.prototype,"photo",void 0),t([pt()],Ps.prototype,"href",void 0),t([pt({attribute:"speaker-role"})],Ps.prototype,"speakerRole",void 0),t([pt()],Ps.prototype,"talk",void 0),t([pt({attribute:"talk-href"})],Ps.prototype,"talkHref",void 0),t([pt()],Ps.prototype,"layout",void 0),t([pt({attribute:"heading-level",type:Number})],Ps.prototype,"headingLevel",void 0),t([ut()],Ps.prototype,"failedPhoto",void 0),t([ut()],Ps.prototype,"expanded",void 0),t([ut()],Ps.prototype,"overflowing",void 0);const Os={loading:"Loading speaker…",empty:"No speaker given."},Us=new WeakMap;let zs;function Rs(t){Us.delete(t),zs?.unobserve(t)}customElements.get("speaker-card")||customElements.define("speaker-card",Ps);const js={},Is=ps(class extends us{constructor(){super(...arguments),this.ot=js}render(t,e){return e()}update(t,[e,s]){if(Array.isArray(e)){if(Array.isArray(this.ot)&&this.ot.length===e.length&&e.every((t,e)=>t===this.ot[e]))return J}else if(this.ot===e)return J;return this.ot=Array.isArray(e)?Array.from(e):e,this.render(e,s)}}),Bs=[["pdf","PDF"],["url","Page"],["code","Code"],["video","Video"],["slides","Slides"],["poster","Poster"]],Ds={ł:"l",Ł:"L",ø:"o",Ø:"O",ß:"ss",æ:"ae",Æ:"AE",œ:"oe",Œ:"OE",đ:"d",Đ:"D",ð:"d",þ:"th",ı:"i"};function qs(t){return t.normalize("NFD").replace(/\p{M}/gu,"").replace(/[łŁøØßæÆœŒđĐðþı]/g,t=>Ds[t])}const Fs=new Set(["a","an","the","on","of","in","for","to","and","with","towards","toward","from","by","at","is","are"]);function Hs(t){if(!t)return"";const e=qs(t).trim().split(/\s+/);return(e[e.length-1]??"").toLowerCase().replace(/[^a-z0-9]/g,"")}function Js(t){const e=qs(t).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);return e.find(t=>!Fs.has(t))??e[0]??""}function Ws(t,e){return t.givenId?qs(t.id).replace(/[^A-Za-z0-9_:.\-+/]/g,"")||"paper":Hs(t.authors[0]?.name)+(e??"").replace(/\D/g,"")+Js(t.title)||"paper"}const Vs={"\\":"\\textbackslash{}","{":"\\{","}":"\\}","&":"\\&","%":"\\%",$:"\\$","#":"\\#",_:"\\_","~":"\\textasciitilde{}","^":"\\textasciicircum{}","<":"\\textless{}",">":"\\textgreater{}"};function Zs(t){return t.replace(/[\\{}&%$#_~^<>]/g,t=>Vs[t]).replace(/-(?=-)/g,"-{}").replace(/([`',])(?=\1)/g,"$1{}").replace(/([?!])`/g,"$1{}`").replace(/\s+/g," ").trim()}const Ks=t=>t.replace(/\\[a-z]+\{\}|\\./g,"");function Xs(t,e={},s=Ws(t,e.year)){if(t.bibtex)return t.bibtex;const r=[["title",`{${i=t.title,Zs(i).split(" ").map(t=>/^\P{Lu}*\p{L}.*\p{Lu}/u.test(Ks(t))?`{${t}}`:t).join(" ")}}`]];var i;t.authors.length&&r.push(["author",`{${t.authors.map(t=>function(t){const e=Zs(t);return/,|\sand\s/i.test(e)?`{${e}}`:e}(t.name)).join(" and ")}}`]),e.venue&&r.push(["booktitle",`{${Zs(e.venue)}}`]),e.year&&r.push(["year",`{${Zs(e.year)}}`]);const o=t.url??t.pdf;o&&r.push(["url",`{${o.replace(/[{}\\$]/g,t=>encodeURIComponent(t))}}`]);const n=r.map(([t,e])=>`  ${t} = ${e}`).join(",\n");return`@inproceedings{${s},\n${n}\n}`}function Gs(t){let e="";for(;t>0;t=Math.floor((t-1)/26))e=String.fromCharCode(97+(t-1)%26)+e;return e}function Ys(t,e){const s=new Map,r=new Set;for(const e of t){const t=e.bibtex&&/^\s*@\w+\s*[{(]\s*([^,\s]+)\s*,/.exec(e.bibtex)?.[1];t&&r.add(t.toLowerCase())}const i=new Map,o=t=>{const o=Ws(t,e);let n=i.get(o.toLowerCase())??0,a=n?o+Gs(n):o;for(;r.has(a.toLowerCase());)a=o+Gs(++n);i.set(o.toLowerCase(),n+1),r.add(a.toLowerCase()),s.set(t,a)};for(const e of t)!e.bibtex&&e.givenId&&o(e);for(const e of t)e.bibtex||e.givenId||o(e);return s}class Qs{constructor(t,e){this.host=t,this.options=e,this.open=new Set}get context(){return{venue:this.host.venue,year:this.host.year}}state(t){return{bibtex:this.open.has(t.id)?this.entry(t):void 0,copied:this.copied===t.id}}file(t){return function(t,e={},s=Ys(t,e.year)){return t.map(t=>Xs(t,e,s.get(t))).join("\n\n")+"\n"}(t,this.context,this.keys())}keys(){const t=this.options.all(),e=this.host.year;return this.keyCache?.all===t&&this.keyCache.year===e||(this.keyCache={all:t,year:e,keys:Ys(t,e)}),this.keyCache.keys}entry(t){return Xs(t,this.context,this.keys().get(t))}async click(t){if(this.open.delete(t.id))return void this.options.patch(t);const e=this.entry(t);try{if(!navigator.clipboard)throw new Error("no clipboard");await navigator.clipboard.writeText(e);const s=this.copied;this.copied=t.id,this.options.announce(`BibTeX of “${t.title}” copied to the clipboard.`),this.options.patch(t);const r=void 0===s||s===t.id?void 0:this.options.paper(s);r&&this.options.patch(r)}catch{this.open.add(t.id),this.options.announce("Copying was refused; the BibTeX entry is shown below the paper, selected."),this.options.patch(t),await this.host.updateComplete;const e=this.host.shadowRoot.getElementById(t.id)?.querySelector('[part="bibtex"]');e&&(e.focus(),getSelection()?.selectAllChildren(e))}}download(t){const e=qs(this.host.venue??"papers").replace(/[^A-Za-z0-9]+/g,"-").replace(/^-|-$/g,"")||"papers";Zt(this.host.shadowRoot,this.file(t),`${e}.bib`,"application/x-bibtex")}}const tr={},er=ps(class extends us{constructor(t){if(super(t),t.type!==ds&&t.type!==hs&&t.type!==cs)throw Error("The `live` directive is not allowed on child or event bindings");if(!(t=>void 0===t.strings)(t))throw Error("`live` bindings can only contain a single expression")}render(t){return t}update(t,[e]){if(e===J||e===W)return e;const s=t.element,r=t.name;if(t.type===ds){if(e===s[r])return J}else if(t.type===cs){if(!!e===s.hasAttribute(r))return J}else if(t.type===hs&&s.getAttribute(r)===e+"")return J;return((t,e=tr)=>{t._$AH=e})(t),e}}),sr=/^[\x00-\x7f]*$/;function rr(t){return sr.test(t)?t.toLowerCase():qs(t).toLowerCase().replace(/ς/g,"σ")}function ir(t){return[...new Set(rr(t).split(/\s+/).filter(Boolean))]}const or=new Map,nr=t=>{let e=or.get(t);return void 0===e&&or.set(t,e=rr(t)),e};function ar(t,e){if(!e.length||!t)return[{text:t,mark:!1}];const{folded:s,map:r}=function(t){if(sr.test(t))return{folded:t.toLowerCase()};let e="";const s=[];let r=0;for(const i of t){const t=nr(i);e+=t;for(let e=0;e<t.length;e++)s.push(r);r+=i.length}return s.push(t.length),{folded:e,map:s}}(t),i=[];for(const t of e)for(let e=s.indexOf(t);-1!==e;e=s.indexOf(t,e+t.length))i.push([e,e+t.length]);if(!i.length)return[{text:t,mark:!1}];i.sort((t,e)=>t[0]-e[0]);const o=t=>r?r[t]:t,n=[];let a=0,[l,h]=i[0];const d=()=>{const e=o(l),s=o(h);e>a&&n.push({text:t.slice(a,e),mark:!1}),n.push({text:t.slice(e,s),mark:!0}),a=s};for(const[t,e]of i.slice(1))t<=h?h=Math.max(h,e):(d(),[l,h]=[t,e]);return d(),a<t.length&&n.push({text:t.slice(a),mark:!1}),n}const lr=new Intl.Collator(void 0,{sensitivity:"base",numeric:!0}),hr=(t,e)=>lr.compare(rr(t),rr(e)),dr=(t="")=>t.trim().split(/\s+/).pop()??"";function cr(t,e){const s=ir(t.q),r=rr(t.type),i=rr(t.award),o=rr(t.session),n=rr(t.keyword);return a=>{if(t.type||t.award||t.session||t.keyword){const e=function(t){let e=pr.get(t);if(!e){const s=t=>void 0===t?void 0:rr(t);e={type:s(t.type),award:s(t.award),session:s(t.session),keywords:t.keywords.map(rr)},pr.set(t,e)}return e}(a);if(t.type&&e.type!==r)return!1;if(t.award&&e.award!==i)return!1;if(t.session&&e.session!==o)return!1;if(t.keyword&&!e.keywords.includes(n))return!1}return!s.length||function(t,e){return e.every(e=>t.includes(e))}(e(a),s)}}const pr=new WeakMap;function ur(t,e){const s=[...t];return"title"===e&&s.sort((t,e)=>hr(t.title,e.title)||t.index-e.index),"author"===e&&s.sort((t,e)=>hr(dr(t.authors[0]?.name),dr(e.authors[0]?.name))||hr(t.authors[0]?.name??"",e.authors[0]?.name??"")||t.index-e.index),s}function mr(t,e){const s=new Map;for(const r of t){const t=e(r);for(const e of Array.isArray(t)?t:t?[t]:[]){const t=rr(e);s.has(t)||s.set(t,e)}}return[...s.values()]}const gr="Other",fr=rr(gr),wr=["type","award","session","keyword"],vr=20;class br{constructor(t){this.hooks=t,this.shown=[],this.matched=new Uint8Array(0),this.groupCounts=new Map,this.rendered=0,this.budget=40,this.rowsPerMs=1,this.stepRows=0,this.stepStart=0,this.version=0,this.mounted=[]}reset(){this.view=this.applied=void 0}setView(t,e,s){const r=this.view;if(r&&r.all===t&&r.sort===e&&r.groupBy===s)return!1;const i=s?function(t,e){const s=new Map;for(const r of t){const t=r[e],i=void 0===t?void 0:rr(t);let o=s.get(i);o||s.set(i,o={label:t,papers:[]}),o.papers.push(r)}const r=s.get(void 0);s.delete(void 0);const i=s.get(fr);return r&&i&&i.papers.push(...r.papers),[...s.values(),...r&&!i?[r]:[]]}(t,s).flatMap(t=>{const s=ur(t.papers,e);return[{group:t.label??gr,papers:s},...s]}):ur(t,e),o=[];for(let t=0,e=0;t<i.length;t+=vr,e++){const s=i.slice(t,t+vr),n=r?.chunks[e];o.push(n&&yr(n.rows,s)?n:{rows:s,shown:[],displayed:[],version:0})}const n=new Map;i.forEach((t,e)=>"group"in t||n.set(t.id,e)),this.view={all:t,sort:e,groupBy:s,rows:i,chunks:o,position:n},this.applied=void 0;const a=r&&r.rows.length<=i.length&&r.rows.every((t,e)=>t===i[e]);return a||(this.rendered=0),this.rendered=Math.min(this.rendered,o.length),!a}needsFilters(t){return!(this.applied?.view===this.view&&this.applied?.filters===t)}applyFilters(t,e){const s=this.view;if(!this.needsFilters(t))return;const r=this.applied?.view===s?this.applied:void 0,i=void 0!==r&&wr.every(e=>r.filters[e]===t[e])&&r.terms.every(t=>e.some(e=>e.includes(t))),o=this.matched;this.applied={view:s,filters:t,terms:e};const n=cr(t,this.hooks.hay),a=new Uint8Array(s.rows.length),l=new Map,h=[];let d;s.rows.forEach((t,e)=>{"group"in t?l.set(d=t,0):i&&!o[e]||!n(t)||(a[e]=1,h.push(t),d&&l.set(d,l.get(d)+1))}),s.chunks.forEach((t,e)=>{const s=t.rows.filter((t,s)=>"group"in t?l.get(t)>0:a[e*vr+s]),r=s.some(t=>"group"in t&&l.get(t)!==this.groupCounts.get(t));r&&(t.version=++this.version),yr(s,t.shown)||(t.shown=s)}),this.matched=a,this.groupCounts=l,this.shown=h}matches(t){return!!this.matched[t]}reach(t){this.budget=Math.max(this.budget,t+vr)}unlimit(){this.budget=1/0}display(){const t=this.view;let e=this.budget;this.budget=40;const s=e;t.chunks.forEach((t,s)=>{if(t.displayed===t.shown)return;if(s>=this.rendered){if(s>this.rendered||e<=0)return;this.rendered=s+1}const r=t.nodes,i=r?t.shown.filter(t=>!r.has(t)).length:t.shown.length;let o=t.shown;i&&e<=0?o=t.shown.filter(t=>r?.has(t)):e-=Math.max(1,i),o!==t.shown&&yr(o,t.displayed)||(t.displayed=o,t.version=++this.version)}),this.stepRows&&(this.stepRows=Math.max(1,s-e))}pending(){return!!this.view?.chunks.some(t=>t.displayed!==t.shown)}startStep(){this.budget=Math.min(1e3,Math.max(vr,Math.round(40*this.rowsPerMs))),this.stepRows=this.budget,this.stepStart=performance.now()}endStep(){if(!this.stepRows)return;const t=this.stepRows/Math.max(1,performance.now()-this.stepStart);this.rowsPerMs=(this.rowsPerMs+t)/2,this.stepRows=0}displayedPapers(){return(this.view?.chunks??[]).flatMap(t=>t.displayed).filter(t=>!("group"in t))}paper(t){const e=this.view?.position.get(t);return void 0===e?void 0:this.view.rows[e]}*builtPapers(){for(const t of this.view?.chunks??[])for(const[e,s]of t.nodes??[])"group"in e||(yield[e,s])}sync(t){const e=this.view;t!==this.listEl&&(this.listEl=t,this.mounted=[]);for(let s=0;s<this.rendered;s++){const r=e.chunks[s],i=r.el??=Object.assign(document.createElement("div"),{className:"chunk"});if(r.synced!==r.version&&(r.synced=r.version,this.syncChunk(r,i)),this.mounted[s]!==r){const e=this.mounted[s]?.el;e?e.replaceWith(i):t.append(i),this.mounted[s]=r}}for(const t of this.mounted.splice(this.rendered))t?.el?.remove()}syncChunk(t,e){if(e.hidden=0===t.displayed.length,e.hidden)return;const s=t.nodes??=new Map,r=new Set(t.displayed);let i=null;for(const o of t.rows){let t=s.get(o);const n=r.has(o);if(t)t.hidden===n&&(t.hidden=!n);else{if(!n)continue;s.set(o,t=this.buildRow(o)),e.insertBefore(t,i?i.nextSibling:e.firstChild)}i=t,n&&"group"in o&&(t.querySelector(".count").textContent=`(${this.groupCounts.get(o)??0})`)}}buildRow(t){if(!("group"in t))return this.hooks.paper(t);const e=document.createElement("div");e.setAttribute("part","heading group-heading"),e.setAttribute("role","heading"),e.setAttribute("aria-level",String(this.hooks.groupLevel()));const s=document.createElement("span");return s.className="count",e.append(`${t.group} `,s),e}}const yr=(t,e)=>t.length===e.length&&t.every((t,s)=>t===e[s]),$r={given:"Given order",title:"Title",author:"First author"},kr={type:"Type",award:"Award",session:"Session",keyword:"Keyword"},xr={options:{type:["",[]],award:["",[]],session:["",[]],keyword:["",[]]},affiliations:!1};function _r(t){const e=new Map;for(const s of t)for(const t of s.keywords){const s=rr(t),r=e.get(s);r?r.n++:e.set(s,{keyword:t,n:1})}const s=[...e.values()].filter(({n:e})=>e>1||t.length<20);return s.sort((t,e)=>e.n-t.n).slice(0,300).map(({keyword:t})=>t).sort((t,e)=>t.localeCompare(e))}const Ar=t=>t.toLocaleString("en");class Sr{constructor(t,e,s){this.host=t,this.engine=e,this.patch=s,this.termsKey="",this.rowTerms=new Map,this.abstractTerms=new Map,this.stale=!1,this.now=[],this.onScroll=()=>{this.stale&&void 0===this.scrollFrame&&(this.scrollFrame=requestAnimationFrame(()=>{this.scrollFrame=void 0;const t=this.engine.displayedPapers(),e=innerHeight;let s=this.firstBelow(t,-e);for(;s<t.length;s++){const r=this.host.shadowRoot.getElementById(t[s].id);if(r&&r.getBoundingClientRect().top>innerHeight+e)break;this.refresh(t[s])}}))},this.onToggle=t=>{const e=t.composedPath()[0];if("details"!==e.localName||!e.open)return;const s=this.engine.paper(e.closest("article")?.id??"");s&&this.refresh(s)},t.addController(this)}hostConnected(){this.host.renderRoot.addEventListener("toggle",this.onToggle,!0),document.addEventListener("scroll",this.onScroll,{capture:!0,passive:!0})}hostDisconnected(){this.host.renderRoot.removeEventListener("toggle",this.onToggle,!0),document.removeEventListener("scroll",this.onScroll,!0),void 0!==this.scrollFrame&&cancelAnimationFrame(this.scrollFrame),this.scrollFrame=void 0}termsFor(t){const e=this.rowTerms.get(t)??this.termsKey;return e?e.split(" "):[]}built(t){this.rowTerms.set(t,this.termsKey),this.abstractTerms.set(t,this.termsKey)}reset(){this.rowTerms.clear(),this.abstractTerms.clear()}search(t,e){const s=t.join(" ");if(s===this.termsKey)return void e();const r=this.anchor();this.termsKey=s,e();const i=this.engine.shown,o=this.engine.view.position;let n=i.findIndex(t=>o.get(t.id)>=r);-1===n&&(n=i.length),this.now=i.slice(Math.max(0,n-2),n+Math.min(40,Math.ceil(innerHeight/80)+1)),this.stale=!0}flush(){for(const t of this.now.splice(0))this.refresh(t)}refresh(t){const e=this.rowTerms.get(t.id)!==this.termsKey,s=!!t.abstract&&this.abstractTerms.get(t.id)!==this.termsKey;if(!e&&!s)return;const r=this.host.shadowRoot.getElementById(t.id);if(!r)return this.rowTerms.delete(t.id),void this.abstractTerms.delete(t.id);const i=s&&!!r.querySelector('[part="abstract"]')?.open;e&&this.rowTerms.set(t.id,this.termsKey),i&&this.abstractTerms.set(t.id,this.termsKey),this.patch(r,t,{text:e,abstract:i})}anchor(){const t=this.engine.displayedPapers(),e=this.firstBelow(t,0);return e<t.length?this.engine.view.position.get(t[e].id):0}firstBelow(t,e){let s=0,r=t.length;for(;s<r;){const i=s+r>>1,o=this.host.shadowRoot.getElementById(t[i].id);o&&o.getBoundingClientRect().bottom<e?s=i+1:r=i}return s}}const Cr=[os,a`
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
  `];function Er(t,e,...s){const r=document.createElement(t);if(e)for(const t in e)r.setAttribute(t,e[t]);return r.append(...s),r}function Tr(t,...e){const s=ne(t);return Er("a",s?{href:t,rel:s}:{href:t},...e)}function Mr(t,e){return e.length?ar(t,e).map(t=>t.mark?Er("mark",{part:"mark"},t.text):t.text):[t]}const Lr=t=>void 0!==t&&/^(oral|spotlight)$/i.test(t),Nr=/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;function Pr(t,e){return!t.authors.some(t=>t.url||e.affiliations&&t.affiliations.length||Nr.test(t.name))}function Or(t,e){const s=t=>Mr(t,e.terms);return Pr(t,e)?s(t.authors.map(t=>t.name).join(", ")):t.authors.flatMap((t,r)=>[...r?[", "]:[],Er("span",{class:"author",dir:"auto"},...t.url?[Tr(t.url,...s(t.name))]:s(t.name),...e.affiliations&&t.affiliations.length?[" ",Er("span",{part:"affiliation"},"(",...s(t.affiliations.join("; ")),")")]:[])])}const Ur=new Map;function zr(t,e,s){s.length?t.replaceChildren(...Mr(e,s)):t.firstChild.data=e}function Rr(t,e){t.setAttribute("href",e);const s=ne(e);s&&t.setAttribute("rel",s)}function jr(t,e){const s=function(t,e){let s=Ur.get(e);if(!s){const r=Bs.filter(([e])=>t[e]),i=[t.award?Er("span",{part:"badge award"},""):void 0,Lr(t.type)?Er("span",null,""):void 0].filter(t=>void 0!==t);s=Er("article",{part:"paper"},Er("div",{part:"title heading",role:"heading"},t.pdf??t.url?Er("a",null,""):""),...i.length?[Er("div",{class:"badges"},...i)]:[],...t.authors.length?[Er("p",{part:"authors"},"")]:[],...t.keywords.length?[Er("p",{class:"keywords"},"")]:[],Er("div",{class:"actions"},...r.length?[Er("ul",{part:"links"},...r.map(([,t])=>Er("li",null,Er("a",null,t))))]:[],Er("button",{part:"bibtex-button",type:"button"},"BibTeX")),...t.abstract?[Er("details",{part:"abstract"},Er("summary",null,"Abstract"),Er("p",null,""))]:[]),Ur.set(e,s)}return s.cloneNode(!0)}(t,function(t){let e=0;const s=[!!(t.pdf??t.url),!!t.award,Lr(t.type),t.authors.length>0,!!t.abstract,t.keywords.length>0,...Bs.map(([e])=>!!t[e])];return s.forEach((t,s)=>e|=t?1<<s:0),e}(t));s.id=t.id;const r=`paper-list-title-${t.index}`;s.setAttribute("aria-labelledby",r);let i=s.firstElementChild;i.id=r,i.setAttribute("aria-level",String(e.level));const o=t.pdf??t.url;if(o&&Rr(i.firstElementChild,o),zr(i.firstElementChild??i,t.title,e.terms),i=i.nextElementSibling,"badges"===i.className){let e=i.firstElementChild;t.award&&(e.firstChild.data=t.award,e=e.nextElementSibling),e&&(e.setAttribute("part",`badge ${t.type.toLowerCase()}`),e.firstChild.data=t.type),i=i.nextElementSibling}t.authors.length&&(!e.terms.length&&Pr(t,e)?i.firstChild.data=t.authors.map(t=>t.name).join(", "):i.replaceChildren(...Or(t,e)),i=i.nextElementSibling),t.keywords.length&&(zr(i,t.keywords.join(" · "),e.terms),i=i.nextElementSibling);const n=i.firstElementChild;if("ul"===n.localName){let e=n.firstElementChild;for(const[s]of Bs)t[s]&&(Rr(e.firstElementChild,t[s]),e=e.nextElementSibling)}return i=i.nextElementSibling,t.abstract&&zr(i.lastElementChild,t.abstract,e.terms),(void 0!==e.bibtex||e.copied)&&Br(s,t,e),s}function Ir(t,e,s){t.querySelector('[part="authors"]')?.replaceChildren(...Or(e,s))}function Br(t,e,s){const r=t.querySelector('[part="bibtex-button"]'),i=s.copied?"BibTeX copied":"BibTeX";r.textContent!==i&&(r.textContent=i);const o=t.querySelector('[part="bibtex"]');void 0===s.bibtex?(r.removeAttribute("aria-expanded"),o?.remove()):(r.setAttribute("aria-expanded","true"),o||t.append(Er("pre",{part:"bibtex",tabindex:"0","aria-label":`BibTeX of ${e.title}`},s.bibtex)))}class Dr{constructor(t,e){this.options=e,this.onPopState=()=>{this.options.enabled()&&this.read()},t.addController(this)}hostConnected(){this.options.enabled()&&this.read(),window.addEventListener("popstate",this.onPopState)}hostDisconnected(){window.removeEventListener("popstate",this.onPopState)}write(t,e="filter"){if(!this.options.enabled())return;this.lastWrite=e;const{filters:s,order:r}=this.options.current(),i=new URL(location.href);for(const t of["q",...wr])s[t]?i.searchParams.set(t,s[t]):i.searchParams.delete(t);r&&r!==this.options.defaultSort()?i.searchParams.set("sort",r):i.searchParams.delete("sort"),i.href!==location.href&&("push"===t?history.pushState(history.state,"",i):history.replaceState(history.state,"",i))}read(){const t=new URL(location.href).searchParams,e=e=>t.get(e)??"",s=e("sort");this.options.apply({filters:{q:e("q"),type:e("type"),award:e("award"),session:e("session"),keyword:e("keyword")},order:this.options.sorts.includes(s)?s:void 0}),this.lastWrite=void 0}}function qr(t){const e=t.raw("authors");return null==e?[]:"string"==typeof e?function(t){const e=t.split(t.includes(";")?/\s*;\s*|\s+and\s+/i:/\s*,\s*|\s+and\s+/i),s=[];for(const t of e.map(t=>t.trim()).filter(Boolean))s.length&&/^(?:jr|sr|ii|iii|iv)\.?$/i.test(t)?s[s.length-1]+=`, ${t}`:s.push(t);return s}(e).map(t=>({name:t,affiliations:[]})):Array.isArray(e)?Bt(e,`${t.path}.authors`,t.problems,(e,s)=>{if("string"==typeof e)return e.trim()?{name:e,affiliations:[]}:void 0;if("number"==typeof e&&Number.isFinite(e))return{name:String(e),affiliations:[]};const r=It(e,s,t.problems,"author");if(!r)return;const i=r.requiredText("name","author"),o={name:i??"",affiliations:r.textList("affiliation")??[],url:r.url("url")};return r.done(),void 0===i?void 0:o}):(t.warn("authors",`expected a list of names or { name, affiliation, url }, got ${zt(e)}`),[])}function Fr(t){return Dt(t,"papers",Hr())}function Hr(){const t=new Map;return(e,s,r,i)=>{const o=It(e,s,i,"paper");if(!o)return;const n=o.requiredText("title","paper"),a=o.text("id")?.trim()||void 0,l={id:"",givenId:void 0!==a,title:n??"",authors:qr(o),abstract:(h=o.text("abstract"),h?.trim()?h:void 0),keywords:o.textList("keywords")??[],type:o.text("type")?.trim()||void 0,award:o.text("award")?.trim()||void 0,session:o.text("session")?.trim()||void 0,bibtex:o.text("bibtex")?.trim()||void 0,index:r};var h;for(const[t]of Bs)l[t]=o.url(t);if(o.done(),void 0===n)return;let d=a??function(t,e){return[Hs(t),Js(e)].filter(Boolean).join("-")||"paper"}(l.authors[0]?.name,n);if(t.has(d)){let e=2;for(;t.has(`${d}-${e}`);)e++;const s=`${d}-${e}`;void 0!==a&&o.warn("id",`duplicate id "${d}" (also ${t.get(d)}); renamed to "${s}"`),d=s}return t.set(d,s),l.id=d,l}}const Jr={q:"",type:"",award:"",session:"",keyword:""},Wr=Object.keys($r);class Vr extends lt{get dataComplete(){return this.data.complete}constructor(){super(),this.sort="given",this.headingLevel=3,this.syncUrl=!1,this.filters=Jr,this.showAffiliations=!1,this.message="",this.data=new Jt(this,{tag:"paper-list",name:"papers",value:()=>this.papers,src:()=>this.src,validate:Fr,item:Hr,rendered:()=>!this.engine.pending()}),this.hays=new WeakMap,this.engine=new br({paper:t=>(this.highlight.built(t.id),jr(t,this.rowOptions(t))),groupLevel:()=>this.level,hay:t=>this.hay(t)}),this.highlight=new Sr(this,this.engine,(t,e,s)=>function(t,e,s,r){const i=t=>Mr(t,s.terms);if(r.text){const r=t.querySelector('[part~="title"]');("a"===r.firstElementChild?.localName?r.firstElementChild:r).replaceChildren(...i(e.title)),Ir(t,e,s),t.querySelector(".keywords")?.replaceChildren(...i(e.keywords.join(" · ")))}r.abstract&&t.querySelector('[part="abstract"] > p')?.replaceChildren(...i(e.abstract??""))}(t,e,this.rowOptions(e),s)),this.url=new Dr(this,{enabled:()=>this.syncUrl,current:()=>({filters:this.filters,order:this.order}),defaultSort:()=>this.sortOrder,apply:({filters:t,order:e})=>{this.filters=t,this.order=e},sorts:Wr}),this.bibtex=new Qs(this,{all:()=>this.engine.view?.all??[],paper:t=>this.engine.paper(t),patch:t=>this.touch(t),announce:t=>this.message=t}),this.warnings=new qt("paper-list"),this.phase="state",this.sortOrder="given",this.options=xr,this.affiliationsShown=!1,this.onBeforePrint=()=>{if(this.engine.view){this.engine.unlimit(),this.requestUpdate(),this.performUpdate();for(const t of this.engine.shown)this.highlight.refresh(t)}},this.onSearchInput=t=>{this.setFilters({...this.filters,q:t.target.value},"replace")},this.setFilter=(t,e)=>{this.setFilters({...this.filters,[t]:e},"push")},this.onSortChange=t=>{this.order=t.target.value,this.url.write("push")},this.onAffiliationsChange=t=>{this.showAffiliations=t.target.checked},this.clearFilters=()=>{this.setFilters(Jr,"push"),this.updateComplete.then(()=>this.renderRoot.querySelector('[part="search"]')?.focus())},this.onListClick=t=>{const e=t.composedPath()[0].closest?.('[part="bibtex-button"]'),s=e&&this.engine.paper(e.closest("article")?.id??"");s&&this.bibtex.click(s)},this.download=()=>this.bibtex.download(this.engine.shown),new Gt(this,t=>this.paperElement(t),t=>{const e=this.engine.paper(t);return e&&`papers[${e.index}].id`}),this.addEventListener("click",this.onListClick)}connectedCallback(){super.connectedCallback(),window.addEventListener("beforeprint",this.onBeforePrint),this.hasUpdated&&this.requestUpdate()}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener("beforeprint",this.onBeforePrint),this.cancelStep?.(),this.cancelIndex?.(),this.cancelStep=this.cancelIndex=this.indexing=void 0}toBibTeX(){return this.bibtex.file(this.engine.shown)}willUpdate(t){(t.has("headingLevel")||t.has("groupBy"))&&this.engine.reset(),this.sortOrder=function(t){const e=t?.toLowerCase();return e&&Wr.includes(e)?e:"given"}(this.sort),this.grouping=function(t){const e=t?.toLowerCase();return"session"===e||"type"===e?e:void 0}(this.groupBy),this.data.sync();const e=this.data.state,s=this.order??this.sortOrder;if("ready"!==e.status||!e.data.length&&!e.partial?this.phase="state":!e.partial||"given"===s&&!this.grouping&&e.data.length?this.phase="list":this.phase="waiting","list"!==this.phase||"ready"!==e.status)return void this.engine.reset();const r=e.data;this.engine.setView(r,s,this.grouping)&&this.highlight.reset();const i=this.filters;if(this.engine.needsFilters(i)){const t=ir(i.q);this.highlight.search(t,()=>this.engine.applyFilters(i,t))}this.engine.display(),e.partial?this.options=xr:this.optionsFor!==r&&(this.optionsFor=r,this.options=function(t){return{options:{type:["All types",mr(t,t=>t.type)],award:["All papers",mr(t,t=>t.award)],session:["All sessions",mr(t,t=>t.session)],keyword:["All keywords",_r(t)]},affiliations:t.some(t=>t.authors.some(t=>t.affiliations.length))}}(r))}render(){return H`<div part="base">${this.renderContent()}</div>`}renderContent(){const t=this.data.state;if("state"===this.phase)return ie("paper-list",t,{loading:"Loading papers…",empty:"No papers yet."})??this.renderEmpty();if("waiting"===this.phase||"ready"!==t.status)return H`<div part="loading" role="status">Loading papers…</div>`;const e=t.data,s=t.partial||this.engine.pending(),r=this.engine.shown.length,i=this.order??this.sortOrder,o=[e,this.filters,i,this.showAffiliations,r,t.partial,this.options,this.label];return H`${e.length>1?Is(o,()=>function(t){const e=t.filters,{options:s,affiliations:r}=t.options;return H`<div part="controls" role="search" aria-label=${t.searchLabel}>
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
    ${wr.filter(t=>s[t][1].length>0).map(r=>H`<label class="field">
          <span>${kr[r]}</span>
          <!-- .selected, not ?selected: the attribute stops selecting once the visitor has used the menu, and
               Back must show the filter it brings back. -->
          <select part="filter" name=${r} @change=${e=>t.onFilter(r,e.target.value)}>
            <option value="" .selected=${er(!e[r])}>${s[r][0]}</option>
            ${s[r][1].map(t=>H`<option .value=${t} .selected=${er(e[r]===t)}>${t}</option>`)}
          </select>
        </label>`)}
    <label class="field">
      <span>Sort by</span>
      <select part="sort" name="sort" @change=${t.onSort}>
        ${Object.entries($r).map(([e,s])=>H`<option value=${e} .selected=${er(t.sort===e)}>${s}</option>`)}
      </select>
    </label>
    ${r?H`<label class="check">
            <input type="checkbox" .checked=${t.showAffiliations} @change=${t.onAffiliations} />
            Show affiliations
          </label>`:W}
    <button part="download" type="button" ?disabled=${0===t.count} @click=${t.onDownload}>Download .bib</button>
    <p part="status" role="status">
      ${t.partial?"Loading papers…":t.count===t.total?`${Ar(t.total)} papers`:`${Ar(t.count)} of ${Ar(t.total)} papers`}
    </p>
  </div>`}({total:e.length,count:r,partial:t.partial,filters:this.filters,sort:i,showAffiliations:this.showAffiliations,options:this.options,searchLabel:Qt(this,this.label)("Search papers"),onSearchInput:this.onSearchInput,onFilter:this.setFilter,onSort:this.onSortChange,onAffiliations:this.onAffiliationsChange,onDownload:this.download})):W}
      <div part="list" aria-busy=${s?"true":"false"}></div>
      ${0!==r||t.partial?W:this.renderNoResults()}
      <span class="visually-hidden" aria-live="polite">${this.message}</span>`}renderEmpty(){return H`<p part="empty">No papers yet.</p>`}renderNoResults(){const t=this.filters,e=t.q?`match “${t.q}”`:"match these filters";return H`<p part="no-results">
      No papers ${e}.
      <button type="button" @click=${this.clearFilters}>Clear search and filters</button>
    </p>`}updated(t){if(t.has("sort")&&null!=this.sort&&this.sortOrder!==this.sort.toLowerCase()&&this.warnings.warn("sort",`sort "${this.sort}" is not one of ${Wr.join(", ")}; the given order is used`),t.has("groupBy")&&this.groupBy&&!this.grouping&&this.warnings.warn("group-by",`group-by "${this.groupBy}" is not session or type; papers are not grouped`),"list"!==this.phase)return;const e=this.engine.view;if(this.affiliationsShown!==this.showAffiliations){this.affiliationsShown=this.showAffiliations;for(const[t,e]of this.engine.builtPapers())t.authors.some(t=>t.affiliations.length)&&Ir(e,t,this.rowOptions(t))}const s=this.shadowRoot.querySelector('[part="list"]');if(s&&this.engine.sync(s),this.highlight.flush(),this.engine.endStep(),this.engine.pending())this.cancelStep??=Et(()=>{this.cancelStep=void 0,this.engine.pending()&&(this.engine.startStep(),this.requestUpdate())});else if(this.indexing!==e.all&&("ready"!==this.data.state.status||!this.data.state.partial)){const t=e.all;this.indexing=t,this.cancelIndex=Et(()=>this.buildIndex(t))}}get level(){return Math.min(6,Math.max(1,Math.round(this.headingLevel)||3))}hay(t){let e=this.hays.get(t);return void 0===e&&this.hays.set(t,e=function(t){return rr([t.title,...t.authors.map(t=>`${t.name} ${t.affiliations.join(" ")}`),t.abstract??"",t.keywords.join(" ")].join("\n"))}(t)),e}buildIndex(t,e=0){const s=performance.now()+10;let r=e;for(;r<t.length&&performance.now()<s;r++)this.hay(t[r]);r<t.length&&this.indexing===t&&(this.cancelIndex=Et(()=>this.buildIndex(t,r)))}rowOptions(t){return{level:Math.min(6,this.level+(this.grouping?1:0)),terms:this.highlight.termsFor(t.id),affiliations:this.showAffiliations,...this.bibtex.state(t)}}paperElement(t){const e=this.shadowRoot?.getElementById(t);if(e&&!e.closest("[hidden]"))return e;const s=this.engine.view?.position.get(t);return void 0===s||(this.engine.reach(s),queueMicrotask(()=>{this.engine.matches(s)||this.setFilters(Jr,"replace"),this.requestUpdate()})),null}setFilters(t,e){const s=""!==this.filters.q||""!==t.q;this.filters=t,this.message="",this.url.write("replace"===e&&s&&"q"===this.url.lastWrite?"replace":"push","replace"===e?"q":"filter")}touch(t){const e=this.shadowRoot.getElementById(t.id);e&&Br(e,t,this.rowOptions(t))}}Vr.styles=Cr,t([pt({type:Array,converter:Ht("papers")})],Vr.prototype,"papers",void 0),t([pt()],Vr.prototype,"src",void 0),t([pt()],Vr.prototype,"venue",void 0),t([pt()],Vr.prototype,"year",void 0),t([pt({attribute:"group-by"})],Vr.prototype,"groupBy",void 0),t([pt()],Vr.prototype,"sort",void 0),t([pt({attribute:"heading-level",type:Number})],Vr.prototype,"headingLevel",void 0),t([pt()],Vr.prototype,"label",void 0),t([pt({attribute:"sync-url",type:Boolean})],Vr.prototype,"syncUrl",void 0),t([ut()],Vr.prototype,"filters",void 0),t([ut()],Vr.prototype,"order",void 0),t([ut()],Vr.prototype,"showAffiliations",void 0),t([ut()],Vr.prototype,"message",void 0),customElements.get("paper-list")||customElements.define("paper-list",Vr);const Zr=ps(class extends us{constructor(t){if(super(t),t.type!==hs||"class"!==t.name||t.strings?.length>2)throw Error("`classMap()` can only be used in the `class` attribute and must be the only part in the attribute.")}render(t){return" "+Object.keys(t).filter(e=>t[e]).join(" ")+" "}update(t,[e]){if(void 0===this.st){this.st=new Set,void 0!==t.strings&&(this.nt=new Set(t.strings.join(" ").split(/\s/).filter(t=>""!==t)));for(const t in e)e[t]&&!this.nt?.has(t)&&this.st.add(t);return this.render(e)}const s=t.element.classList;for(const t of this.st)t in e||(s.remove(t),this.st.delete(t));for(const t in e){const r=!!e[t];r===this.st.has(t)||this.nt?.has(t)||(r?(s.add(t),this.st.add(t)):(s.remove(t),this.st.delete(t)))}return J}});const Kr=n(2.4),Xr=n(1.5),Gr=[os,a`
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
      width: calc(var(--_we-h) * ${Kr} + 2 * var(--_we-sponsor-padding));
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
      width: calc(var(--_we-h) * ${Kr} + 2 * var(--_we-sponsor-padding));
      max-width: 100%;
      min-height: calc(var(--_we-h) * ${Xr} + 2 * var(--_we-sponsor-padding));
      padding: var(--_we-sponsor-padding);
      border-radius: var(--_we-sponsor-plate-radius);
    }
    [part~='logo'] {
      display: block;
      width: 100%;
      height: calc(var(--_we-h) * ${Xr});
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
  `],Yr=t=>t.trim().toLowerCase();function Qr(t){return Dt(t,"sponsors",(t,e,s,r)=>{const i=It(t,e,r,"sponsor");if(!i)return;const o=i.requiredText("name","sponsor"),n=r.length,a=i.url("logo","image");r.length>n&&(r[n].message+=" (the name is shown instead)");const l=i.url("url"),h=i.text("tier")?.trim();""===h&&i.warn("tier","empty, shown with the sponsors without a tier");const d=i.text("description")?.trim()||void 0;return i.done(),void 0!==o?{name:o,logo:a,url:l,tier:h||void 0,description:d,index:s}:void 0})}const ti={fromAttribute(t){if(null!==t){if(!t.trim().startsWith("["))return t;try{return JSON.parse(t)}catch(t){return new Ft("tiers",t.message)}}}};class ei extends lt{constructor(){super(...arguments),this.label="Sponsors",this.tierHeading="{tier}",this.untieredHeading="Supporters",this.headingLevel=3,this.monochrome=!1,this.plate=!1,this.logoSizes=new Map,this.brokenLogos=new Set,this.data=new Jt(this,{tag:"sponsor-strip",name:"sponsors",value:()=>this.sponsors,src:()=>this.src,validate:Qr}),this.warnings=new qt("sponsor-strip"),this.tierProblems=[]}get dataComplete(){return this.data.complete}willUpdate(t){if(t.has("tiers")){const{tiers:t,problems:e}=function(t){const e=[];if(null==t)return{problems:e};if(t instanceof Ft)return e.push({path:"tiers",message:`not valid JSON: ${t.message} (tiers in order of first appearance)`}),{problems:e};if("string"==typeof t&&(t=t.split(",")),!Array.isArray(t))return e.push({path:"tiers",message:`expected a list of tier names, got ${zt(t)} (ignored)`}),{problems:e};const s=[],r=new Set;return t.forEach((t,i)=>{if("string"!=typeof t&&("number"!=typeof t||!Number.isFinite(t)))return void e.push({path:`tiers[${i}]`,message:`expected a tier name, got ${zt(t)} (ignored)`});const o=String(t).trim();""===o||r.has(Yr(o))||(r.add(Yr(o)),s.push(o))}),{tiers:s,problems:e}}(this.tiers);this.tierOrder=t,this.tierProblems=e}this.data.sync();const e=this.data.state;"ready"===e.status&&this.arrange(e.data)}updated(t){t.has("tiers")&&this.warnings.problems('the "tiers" attribute',this.tierProblems);const e=this.arranged?.result;e&&e!==this.reported&&(this.reported=e,this.warnings.problems("the sponsors' tiers",e.problems))}render(){const t=Zr({monochrome:this.monochrome,plate:this.plate});return H`<div part="base" class=${t}>${this.renderContent()}</div>`}renderContent(){const t=this.data.state;if("ready"!==t.status)return ie("sponsor-strip",t,si);const{groups:e}=this.arrange(t.data);return 0===e.length?ie("sponsor-strip",{status:"empty"},si):1===e.length&&0===e[0].size?H`<ul part="list" class="size-0" aria-label=${this.label}>
        ${e[0].sponsors.map(t=>this.renderSponsor(t))}
      </ul>`:H`<ul part="tiers" aria-label=${this.label}>
      ${e.map((t,e)=>this.renderTier(t,e))}
    </ul>`}renderTier(t,e){const s=Math.min(t.size,4),r=void 0===t.tier?this.untieredHeading:this.tierHeading.split("{tier}").join(t.tier);return H`<li part="tier tier-${s}${void 0===t.tier?" untiered":""}" class="size-${s}">
      <div part="heading tier-heading" role="heading" aria-level=${this.level} id="tier-${e}">${r}</div>
      <ul part="list" aria-labelledby="tier-${e}">
        ${t.sponsors.map(t=>this.renderSponsor(t))}
      </ul>
    </li>`}renderSponsor(t){const e=void 0!==t.logo&&!this.brokenLogos.has(t.logo),s=e?this.logoSizes.get(t.logo):void 0,r=H`<span part="frame">
      ${e?H`<img
              part="logo"
              src=${t.logo}
              alt=${t.name}
              loading="lazy"
              decoding="async"
              class=${s?"sized":W}
              style=${fs(s?{"--_we-w":String(s.width),"--_we-s":String(s.height)}:{})}
              @load=${this.onLogoLoad}
              @error=${this.onLogoError}
            />`:H`<span part="name" class=${i=t.name,i.length>48?"long longer":i.length>24?"long":W}>${t.name}</span>`}
    </span>`;var i;return H`<li part="sponsor">
      ${t.url?ae(t.url,r,"link"):r}
      ${t.description?H`<span part="description">${t.description}</span>`:W}
    </li>`}onLogoLoad(t){const e=t.target,s=e.getAttribute("src");this.logoSizes.set(s,function(t,e){const s=t>0&&e>0?t/e:1,r=Math.min(1/Math.sqrt(s),1.5,2.4/s);return{width:r*s,height:r}}(e.naturalWidth,e.naturalHeight)),this.requestUpdate()}onLogoError(t){this.brokenLogos.add(t.target.getAttribute("src")),this.requestUpdate()}arrange(t){if(this.arranged?.data!==t||this.arranged.tierOrder!==this.tierOrder){const e=function(t,e){const s=[],r=new Map;e?.forEach((t,e)=>r.set(Yr(t),{tier:t,size:e+1,sponsors:[]}));const i=new Set(e?.map(Yr)),o=e?.length?e.map(t=>JSON.stringify(t)).join(", "):"no tiers",n=[];for(const a of t){if(void 0===a.tier){n.push(a);continue}const t=Yr(a.tier);let l=r.get(t);l||r.set(t,l={tier:a.tier,size:r.size+1,sponsors:[]}),e&&!i.has(t)&&s.push({path:`sponsors[${a.index}].tier`,message:`unknown tier ${JSON.stringify(a.tier)} ("tiers" lists ${o}); shown after the listed tiers`}),l.sponsors.push(a)}const a=[...r.values()].filter(t=>t.sponsors.length>0);return 0===a.length?{groups:n.length?[{size:0,sponsors:n}]:[],problems:s}:(n.length&&a.push({size:Math.max(4,r.size+1),sponsors:n}),{groups:a,problems:s})}(t,this.tierOrder);this.arranged={data:t,tierOrder:this.tierOrder,result:e}}return this.arranged.result}get level(){return Math.min(6,Math.max(1,Math.round(this.headingLevel)||3))}}ei.styles=Gr,t([pt({type:Array,converter:Ht("sponsors")})],ei.prototype,"sponsors",void 0),t([pt()],ei.prototype,"src",void 0),t([pt({converter:ti})],ei.prototype,"tiers",void 0),t([pt()],ei.prototype,"label",void 0),t([pt({attribute:"tier-heading"})],ei.prototype,"tierHeading",void 0),t([pt({attribute:"untiered-heading"})],ei.prototype,"untieredHeading",void 0),t([pt({attribute:"heading-level",type:Number})],ei.prototype,"headingLevel",void 0),t([pt({type:Boolean})],ei.prototype,"monochrome",void 0),t([pt({type:Boolean})],ei.prototype,"plate",void 0);const si={loading:"Loading sponsors…",empty:"No sponsors yet."};customElements.get("sponsor-strip")||customElements.define("sponsor-strip",ei);export{Vr as PaperList,Ps as SpeakerCard,ei as SponsorStrip,Vt as WeCalendarDownloadEvent,mt as WeErrorEvent,_e as WeFavoritesChangeEvent,Kt as WeFragmentTargetEvent,gt as WeLoadEvent,ls as WorkshopSchedule};
//# sourceMappingURL=workshop-elements.js.map
