// The custom properties' stylesheet and the map shell's rules, made by scripts/map-shell.ts.
declare module 'virtual:root.css';
