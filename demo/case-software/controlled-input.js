// Imitates how React tracks a controlled input: it remembers the last value it set through the value
// property's own setter, and only accepts an 'input' event whose value differs from what it tracked.
// A plain `el.value = x` updates the tracker too, so the framework would miss the change.
(() => {
  const el = document.getElementById('react-veld');
  const out = document.getElementById('react-state');
  const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  let tracked = '';
  let state = '';
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() {
      return proto.get.call(this);
    },
    set(v) {
      tracked = String(v);
      proto.set.call(this, v);
    },
  });
  el.addEventListener('input', () => {
    const now = proto.get.call(el);
    if (now !== tracked) {
      tracked = now;
      state = now;
      out.textContent = state;
    }
  });
  el.value = 'Kort verslag: ';
  state = 'Kort verslag: ';
  out.textContent = state;
})();
