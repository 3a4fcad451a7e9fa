/// <reference types="vite/client" />

declare module 'virtual:bank-catalog' {
  import type { BankSummary } from './domain/bank-summary';
  const catalog: BankSummary[];
  export default catalog;
}
