// The layout's stylesheet, made from the layout's constants by scripts/map-shell.ts.
declare module 'virtual:layout.css';
