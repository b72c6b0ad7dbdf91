/**
 * Per-person markers on scales: the pieces the schaalvraag and the energiemeter share (geometry
 * and drawing, where a marker stands, rondes, the harvest's tables and charts).
 */
export * from './anonymousMarkers.js';
export * from './compared.js';
export * from './compareScales.js';
export * from './markerHarvest.js';
export * from './rondes.js';
export * from './scale.js';
export * from './scaleBoard.js';
export * from './scaleStats.js';
export * from './stacking.js';
