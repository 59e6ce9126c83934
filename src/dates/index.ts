export { calendarDateOf, isCalendarDate, toLocalDate, type CalendarDate } from './calendarDate.js';
export { daysBetween } from './daysBetween.js';
export { addCalendarDays } from './addCalendarDays.js';
