/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:bank-catalog' {
  import type { BankSummary } from './domain/bank-summary';
  const catalog: BankSummary[];
  export default catalog;
}
