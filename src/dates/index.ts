export { calendarDateOf, daysInMonth, isCalendarDate, type CalendarDate } from './calendarDate.js';
export { calendarDateOfDay } from './calendarDateOfDay.js';
export { dayNumber } from './dayNumber.js';
export { daysBetween } from './daysBetween.js';
export { addCalendarDays, staysInCalendar } from './addCalendarDays.js';
