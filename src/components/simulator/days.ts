/** "1 day", "3 days". */
export const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
