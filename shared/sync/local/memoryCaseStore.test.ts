import { localCaseStoreContract } from '../../../tests/helpers/syncStoreContract.js';
import { MemoryCaseStore } from './memoryCaseStore.js';

localCaseStoreContract('MemoryCaseStore', async () => new MemoryCaseStore());
