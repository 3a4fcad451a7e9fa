/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:bank-catalog' {
  import type { BuiltInBankSummary } from './domain/bank-summary';
  const catalog: BuiltInBankSummary[];
  export default catalog;
}
