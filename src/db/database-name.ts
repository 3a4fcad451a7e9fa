/** The IndexedDB database's name, apart so reading it needs no Dexie. */
export const DATABASE_NAME = 'coding-exam-simulator';
